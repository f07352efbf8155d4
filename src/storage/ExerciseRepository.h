#pragma once

#include "core/Exercise.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Rows of the exercise tables (migration 5). No rules here: ExerciseService decides.
class ExerciseRepository
{
public:
    explicit ExerciseRepository(const Database& db);

    std::optional<core::Exercise> find(const QString& idOrReference) const;
    // Newest planned first.
    QList<core::Exercise> all() const;
    // Exercises of one scenario, oldest first.
    QList<core::Exercise> ofScenario(const QString& scenarioKey) const;
    int nextNumber(int year) const;
    QByteArray scenarioJson(const QString& exerciseId) const;

    void insert(const core::Exercise& exercise, const QByteArray& scenarioJson);
    void update(const core::Exercise& exercise);
    void setParticipants(const QString& exerciseId, const QList<core::ExerciseParticipant>& participants, qint64 now);

    QList<core::InjectRelease> releases(const QString& exerciseId) const;
    void insertRelease(const QString& exerciseId, const core::InjectRelease& release);
    QList<core::BranchChoice> choices(const QString& exerciseId) const;
    void insertChoice(const QString& exerciseId, const core::BranchChoice& choice);
    QList<core::LogEntry> log(const QString& exerciseId) const;
    void insertLog(const QString& exerciseId, const core::LogEntry& entry);
    QList<core::ActionRating> ratings(const QString& exerciseId) const;
    void upsertRating(const QString& exerciseId, const core::ActionRating& rating);
    bool deleteRating(const QString& exerciseId, const QString& actionId);
    QList<core::ObjectiveReview> reviews(const QString& exerciseId) const;
    void upsertReview(const QString& exerciseId, const core::ObjectiveReview& review, qint64 now);
    QList<core::DiscussionNote> discussion(const QString& exerciseId) const;
    void upsertDiscussion(const QString& exerciseId, const core::DiscussionNote& note, qint64 now);

    QList<core::ImprovementItem> improvements(const QString& exerciseId) const;
    // Items raised in other exercises of the scenario planned before `before`.
    QList<core::ImprovementItem> earlierImprovements(const QString& scenarioKey, const QString& exerciseId,
                                                     qint64 before) const;
    QList<core::ImprovementItem> allImprovements() const;
    std::optional<core::ImprovementItem> improvement(const QString& id) const;
    void insertImprovement(const core::ImprovementItem& item);
    void updateImprovement(const core::ImprovementItem& item);
    bool deleteImprovement(const QString& id);

private:
    QList<core::ImprovementItem> readImprovements(const QString& where, const QVariantMap& binds) const;

    const Database& m_db;
};

} // namespace muster::storage
