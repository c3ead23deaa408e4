package uk.icr.budget.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One ledger entry: append-only (the database refuses updates and deletes); corrections are new entries. */
@Entity
@Table(name = "ledger_entry")
@Immutable
public class LedgerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(name = "component_id", nullable = false)
    public UUID componentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryType type;

    /** Signed: what the entry did to the balance. */
    @Column(name = "amount_pence", nullable = false)
    public long amountPence;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    public SpendCategory category;

    public String supplier;

    public String serves;

    public String reason;

    @Column(name = "balance_after_pence", nullable = false)
    public long balanceAfterPence;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
