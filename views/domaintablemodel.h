#pragma once

#include "domaintablespec.h"

#include <QAbstractTableModel>

#include <optional>

class Document;

// One table of one RACF database, read in place from the Topology: no copy
// of the rows, so 100,000 users load at once. Edits become undo commands on
// the document's stack; the model changes only when the Topology says so.
// One class serves all six tables, each described by a DomainTableSpec.
class DomainTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // a key that sorts secrets without revealing them
    };

    DomainTableModel(Document *document, DomainTableSpec spec, QObject *parent = nullptr);

    const DomainTableSpec &spec() const { return mSpec; }
    const DomainColumn &column(int c) const { return mSpec.columns.at(c); }
    QString domainId() const { return mDomainId; }
    void setDomainId(const QString &id);
    const SecurityDomain *domain() const;

    // Passwords and keys show as bullets unless revealed.
    bool secretsVisible() const { return mSecretsVisible; }
    void setSecretsVisible(bool visible);
    bool hasSecrets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The row an edit would store, or nullopt and *error says why it is refused.
    std::optional<Topology::DomainRow> validate(const QModelIndex &index, const QVariant &value,
                                                QString *error) const;
    // Choices of a Choice cell: fixed, or from the row (a user's groups).
    QStringList choices(const QModelIndex &index) const;

    // Undoable structural edits; each returns the refusal, or empty.
    QString addRow(int *sourceRow = nullptr);
    QString removeRows(const QList<int> &rows);

    // For the filter and sort proxy, without QModelIndex and QVariant per cell:
    // whether any visible, non-secret text of the row contains `needle`.
    bool rowMatches(int row, const QString &needle) const;
    QVariant sortKey(int row, int column) const;

signals:
    // An edit was refused: the status line shows why.
    void refused(const QString &reason);

private:
    QString cellText(int row, int column) const;
    bool isLocked(int row, int column) const;
    QString inapplicable(int row, int column) const;
    void reset();
    bool isMine(const QString &id, Topology::DomainTable table) const;

    Document *mDocument;
    DomainTableSpec mSpec;
    QString mDomainId;
    bool mSecretsVisible = false;
};
