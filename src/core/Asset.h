#pragma once

#include "core/EnumTable.h"

#include <QString>

namespace muster::core {

enum class AssetKind
{
    UserAccount,
    Device,
    DataStore,
    Application,
};

enum class Sensitivity
{
    Public,
    Internal,
    Confidential,
    Restricted,
    RegulatedPersonal,
};

const EnumTable<AssetKind>& assetKinds();
const EnumTable<Sensitivity>& sensitivities();

struct Asset
{
    QString id;
    QString name;       // display name, e.g. "Payments database"
    QString identifier; // how tools name it: hostname, account, bucket, app id
    AssetKind kind = AssetKind::Device;
    bool businessCritical = false;
    Sensitivity sensitivity = Sensitivity::Internal;
    int riskScore = 0; // 0..100
    QString owner;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace muster::core
