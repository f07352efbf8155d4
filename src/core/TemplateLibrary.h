#pragma once

#include "core/MessageTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace muster::core {

// Loads message templates per language and fills their placeholders.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::TemplateLibrary)

public:
    // The placeholders a template may use, e.g. "incident.reference".
    static const QStringList& placeholders();

    // The templates compiled into Muster (resources/templates).
    static const TemplateLibrary& builtIn();
    // `directory` holds one folder per language ("en", "de") of *.txt templates.
    static TemplateLibrary load(const QString& directory);
    // Throws Error(BadInput) naming the file and line.
    static MessageTemplate parse(const QString& text, const QString& fileName, const QString& language);

    const QStringList& errors() const { return m_errors; }
    // One template per id, in the best language for `locale` (then English).
    QList<MessageTemplate> templates(const QLocale& locale = QLocale()) const;
    const MessageTemplate* find(const QString& id, const QLocale& locale = QLocale()) const;

    // Replaces {{name}} with values[name]; unknown names stay as they are.
    static QString render(const QString& text, const QHash<QString, QString>& values);
    // The [[fill-ins]] left in a text.
    static QStringList fillIns(const QString& text);

private:
    QList<MessageTemplate> m_templates;
    QStringList m_errors;
};

} // namespace muster::core
