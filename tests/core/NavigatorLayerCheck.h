#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace muster::test {

// Checks a layer against the fields the ATT&CK Navigator layer format 4.5 documents
// (attack-navigator/layers/LAYERFORMATv4_5.md): required fields, types, allowed values,
// and no field the format does not define. Returns the problems, empty when valid.
inline QStringList navigatorLayerProblems(const QJsonObject& layer)
{
    QStringList problems;
    const auto hex = [](const QJsonValue& v) {
        static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        return v.isString() && re.match(v.toString()).hasMatch();
    };
    const auto checkType = [&](const QJsonObject& o, const QString& key, QJsonValue::Type type, const QString& where,
                               bool required) {
        if (!o.contains(key)) {
            if (required) {
                problems << QStringLiteral("%1.%2 is required").arg(where, key);
            }
            return;
        }
        if (o.value(key).type() != type) {
            problems << QStringLiteral("%1.%2 has the wrong type").arg(where, key);
        }
    };
    const auto checkKeys = [&](const QJsonObject& o, const QStringList& allowed, const QString& where) {
        for (const QString& k : o.keys()) {
            if (!allowed.contains(k)) {
                problems << QStringLiteral("%1.%2 is not a field of the layer format").arg(where, k);
            }
        }
    };
    const auto checkMetadata = [&](const QJsonValue& v, const QString& where) {
        for (const auto& e : v.toArray()) {
            const QJsonObject m = e.toObject();
            if (m.contains(QStringLiteral("divider"))) {
                checkType(m, QStringLiteral("divider"), QJsonValue::Bool, where, true);
                continue;
            }
            checkType(m, QStringLiteral("name"), QJsonValue::String, where, true);
            checkType(m, QStringLiteral("value"), QJsonValue::String, where, true);
            checkKeys(m, {QStringLiteral("name"), QStringLiteral("value")}, where);
        }
    };
    const QString L = QStringLiteral("layer");
    checkKeys(layer,
              {QStringLiteral("versions"), QStringLiteral("name"), QStringLiteral("description"),
               QStringLiteral("domain"), QStringLiteral("customDataURL"), QStringLiteral("filters"),
               QStringLiteral("sorting"), QStringLiteral("layout"), QStringLiteral("hideDisabled"),
               QStringLiteral("techniques"), QStringLiteral("gradient"), QStringLiteral("legendItems"),
               QStringLiteral("showTacticRowBackground"), QStringLiteral("tacticRowBackground"),
               QStringLiteral("selectTechniquesAcrossTactics"), QStringLiteral("selectSubtechniquesWithParent"),
               QStringLiteral("selectVisibleTechniques"), QStringLiteral("metadata"), QStringLiteral("links")},
              L);
    checkType(layer, QStringLiteral("name"), QJsonValue::String, L, true);
    checkType(layer, QStringLiteral("description"), QJsonValue::String, L, false);
    checkType(layer, QStringLiteral("domain"), QJsonValue::String, L, true);
    const QString domain = layer.value(QStringLiteral("domain")).toString();
    if (domain != QLatin1String("enterprise-attack") && domain != QLatin1String("mobile-attack") &&
        domain != QLatin1String("ics-attack")) {
        problems << QStringLiteral("layer.domain \"%1\" is not a valid domain").arg(domain);
    }
    if (layer.contains(QStringLiteral("versions"))) {
        const QJsonObject v = layer.value(QStringLiteral("versions")).toObject();
        checkKeys(v, {QStringLiteral("attack"), QStringLiteral("navigator"), QStringLiteral("layer")},
                  QStringLiteral("versions"));
        checkType(v, QStringLiteral("attack"), QJsonValue::String, QStringLiteral("versions"), false);
        checkType(v, QStringLiteral("navigator"), QJsonValue::String, QStringLiteral("versions"), true);
        checkType(v, QStringLiteral("layer"), QJsonValue::String, QStringLiteral("versions"), true);
        if (v.value(QStringLiteral("layer")).toString() != QLatin1String("4.5")) {
            problems << QStringLiteral("versions.layer must be \"4.5\"");
        }
        const QStringList nav = v.value(QStringLiteral("navigator")).toString().split(QLatin1Char('.'));
        if (nav.size() != 3 || nav.at(0).toInt() < 4 || (nav.at(0).toInt() == 4 && nav.at(1).toInt() < 9)) {
            problems << QStringLiteral("versions.navigator must be at least 4.9.0");
        }
    }
    if (layer.contains(QStringLiteral("sorting"))) {
        const int s = layer.value(QStringLiteral("sorting")).toInt(-1);
        if (!layer.value(QStringLiteral("sorting")).isDouble() || s < 0 || s > 3) {
            problems << QStringLiteral("layer.sorting must be 0..3");
        }
    }
    if (layer.contains(QStringLiteral("layout"))) {
        const QJsonObject lo = layer.value(QStringLiteral("layout")).toObject();
        const QString W = QStringLiteral("layout");
        checkKeys(lo,
                  {QStringLiteral("layout"), QStringLiteral("showID"), QStringLiteral("showName"),
                   QStringLiteral("showAggregateScores"), QStringLiteral("countUnscored"),
                   QStringLiteral("aggregateFunction"), QStringLiteral("expandedSubtechniques")},
                  W);
        for (const char* b : {"showID", "showName", "showAggregateScores", "countUnscored"}) {
            checkType(lo, QLatin1String(b), QJsonValue::Bool, W, false);
        }
        const auto oneOf = [&](const char* key, const QStringList& values) {
            if (lo.contains(QLatin1String(key)) && !values.contains(lo.value(QLatin1String(key)).toString())) {
                problems << QStringLiteral("layout.%1 has a value the format does not allow").arg(QLatin1String(key));
            }
        };
        oneOf("layout", {QStringLiteral("side"), QStringLiteral("flat"), QStringLiteral("mini")});
        oneOf("aggregateFunction",
              {QStringLiteral("average"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("sum")});
        oneOf("expandedSubtechniques", {QStringLiteral("none"), QStringLiteral("all"), QStringLiteral("annotated")});
    }
    for (const char* b : {"hideDisabled", "showTacticRowBackground", "selectTechniquesAcrossTactics",
                          "selectSubtechniquesWithParent", "selectVisibleTechniques"}) {
        checkType(layer, QLatin1String(b), QJsonValue::Bool, L, false);
    }
    if (layer.contains(QStringLiteral("tacticRowBackground")) &&
        !hex(layer.value(QStringLiteral("tacticRowBackground")))) {
        problems << QStringLiteral("layer.tacticRowBackground must be a colour");
    }
    static const QRegularExpression techniqueId(QStringLiteral("^T\\d{4}(\\.\\d{3})?$"));
    const QJsonArray techniques = layer.value(QStringLiteral("techniques")).toArray();
    for (qsizetype i = 0; i < techniques.size(); ++i) {
        const QJsonObject t = techniques.at(i).toObject();
        const QString W = QStringLiteral("techniques[%1]").arg(i);
        checkKeys(t,
                  {QStringLiteral("techniqueID"), QStringLiteral("tactic"), QStringLiteral("comment"),
                   QStringLiteral("enabled"), QStringLiteral("metadata"), QStringLiteral("links"),
                   QStringLiteral("showSubtechniques"), QStringLiteral("score"), QStringLiteral("color")},
                  W);
        checkType(t, QStringLiteral("techniqueID"), QJsonValue::String, W, true);
        if (!techniqueId.match(t.value(QStringLiteral("techniqueID")).toString()).hasMatch()) {
            problems << W + QStringLiteral(".techniqueID is not T#### or T####.###");
        }
        checkType(t, QStringLiteral("tactic"), QJsonValue::String, W, false);
        checkType(t, QStringLiteral("comment"), QJsonValue::String, W, false);
        checkType(t, QStringLiteral("enabled"), QJsonValue::Bool, W, false);
        checkType(t, QStringLiteral("score"), QJsonValue::Double, W, false);
        checkType(t, QStringLiteral("showSubtechniques"), QJsonValue::Bool, W, false);
        if (t.contains(QStringLiteral("color")) && !hex(t.value(QStringLiteral("color")))) {
            problems << W + QStringLiteral(".color must be a hex colour");
        }
        checkType(t, QStringLiteral("metadata"), QJsonValue::Array, W, false);
        checkMetadata(t.value(QStringLiteral("metadata")), W + QStringLiteral(".metadata"));
    }
    if (layer.contains(QStringLiteral("gradient"))) {
        const QJsonObject g = layer.value(QStringLiteral("gradient")).toObject();
        const QString W = QStringLiteral("gradient");
        checkKeys(g, {QStringLiteral("colors"), QStringLiteral("minValue"), QStringLiteral("maxValue")}, W);
        checkType(g, QStringLiteral("colors"), QJsonValue::Array, W, true);
        checkType(g, QStringLiteral("minValue"), QJsonValue::Double, W, true);
        checkType(g, QStringLiteral("maxValue"), QJsonValue::Double, W, true);
        const QJsonArray colors = g.value(QStringLiteral("colors")).toArray();
        if (colors.size() < 2) {
            problems << QStringLiteral("gradient.colors needs at least two colours");
        }
        for (const auto& c : colors) {
            if (!hex(c)) {
                problems << QStringLiteral("gradient.colors holds a value that is not a colour");
            }
        }
        if (g.value(QStringLiteral("maxValue")).toDouble() <= g.value(QStringLiteral("minValue")).toDouble()) {
            problems << QStringLiteral("gradient.maxValue must be greater than minValue");
        }
    }
    const QJsonArray legend = layer.value(QStringLiteral("legendItems")).toArray();
    for (qsizetype i = 0; i < legend.size(); ++i) {
        const QJsonObject l = legend.at(i).toObject();
        const QString W = QStringLiteral("legendItems[%1]").arg(i);
        checkKeys(l, {QStringLiteral("label"), QStringLiteral("color")}, W);
        checkType(l, QStringLiteral("label"), QJsonValue::String, W, true);
        checkType(l, QStringLiteral("color"), QJsonValue::String, W, true);
    }
    checkType(layer, QStringLiteral("metadata"), QJsonValue::Array, L, false);
    checkMetadata(layer.value(QStringLiteral("metadata")), QStringLiteral("layer.metadata"));
    return problems;
}

} // namespace muster::test
