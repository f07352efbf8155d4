// The compiled translations are embedded in this library as the resource
// ":/i18n/muster_<lang>.qm"; app::installTranslations() loads them.
namespace muster::i18n {
int translationsLinked()
{
    return 1;
}
} // namespace muster::i18n
