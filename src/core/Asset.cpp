#include "core/Asset.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array kindEntries{
    EnumEntry<AssetKind>{AssetKind::UserAccount, "user_account",
                         QT_TRANSLATE_NOOP("muster::core::AssetKind", "User account")},
    EnumEntry<AssetKind>{AssetKind::Device, "device", QT_TRANSLATE_NOOP("muster::core::AssetKind", "Device")},
    EnumEntry<AssetKind>{AssetKind::DataStore, "data_store",
                         QT_TRANSLATE_NOOP("muster::core::AssetKind", "Data store")},
    EnumEntry<AssetKind>{AssetKind::Application, "application",
                         QT_TRANSLATE_NOOP("muster::core::AssetKind", "Application")},
};

constexpr std::array sensitivityEntries{
    EnumEntry<Sensitivity>{Sensitivity::Public, "public", QT_TRANSLATE_NOOP("muster::core::Sensitivity", "Public")},
    EnumEntry<Sensitivity>{Sensitivity::Internal, "internal",
                           QT_TRANSLATE_NOOP("muster::core::Sensitivity", "Internal")},
    EnumEntry<Sensitivity>{Sensitivity::Confidential, "confidential",
                           QT_TRANSLATE_NOOP("muster::core::Sensitivity", "Confidential")},
    EnumEntry<Sensitivity>{Sensitivity::Restricted, "restricted",
                           QT_TRANSLATE_NOOP("muster::core::Sensitivity", "Restricted")},
    EnumEntry<Sensitivity>{Sensitivity::RegulatedPersonal, "regulated_personal",
                           QT_TRANSLATE_NOOP("muster::core::Sensitivity", "Regulated personal data")},
};

} // namespace

const EnumTable<AssetKind>& assetKinds()
{
    static const EnumTable<AssetKind> table("muster::core::AssetKind", kindEntries);
    return table;
}

const EnumTable<Sensitivity>& sensitivities()
{
    static const EnumTable<Sensitivity> table("muster::core::Sensitivity", sensitivityEntries);
    return table;
}

} // namespace muster::core
