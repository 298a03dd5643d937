package io.aftercare.expense;

import io.aftercare.api.HumanNumbers;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.attachment.AttachmentService;
import io.aftercare.audit.AuditLog;
import io.aftercare.money.Money;
import io.aftercare.money.PayPeriods;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import io.aftercare.tenant.TenantService;
import io.aftercare.trip.TripDtos;
import io.aftercare.trip.TripService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Expense claims for trips. Receipts must be genuine and match the trip's destination and days, or the claim is
 * refused at submission (a manager may override a receipt with a reason); a receipt number seen before is flagged.
 * Approved claims are reimbursed beside pay (all but LODGING); LODGING receipts go into the trip's allowance.
 */
@ApplicationScoped
public class ExpenseService {

    static final String ENTITY = "expense-claim";

    private final TripService trips;
    private final TenantService tenantService;
    private final PayPeriods payPeriods;
    private final HumanNumbers numbers;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final EntityManager db;
    private final AttachmentService attachments;

    public ExpenseService(TripService trips, TenantService tenantService, PayPeriods payPeriods,
                          HumanNumbers numbers, CurrentUser caller, AuditLog audit, EntityManager db, AttachmentService attachments) {
        this.trips = trips;
        this.tenantService = tenantService;
        this.payPeriods = payPeriods;
        this.numbers = numbers;
        this.caller = caller;
        this.audit = audit;
        this.db = db;
        this.attachments = attachments;
    }

    @Transactional
    public Keyset.Slice<ExpenseDtos.ClaimView> list(ExpenseDtos.Status status, UUID tripId, UUID personId, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (status != null) {
            query.and("status = :status", "status", status);
        }
        if (tripId != null) {
            query.and("tripId = :trip", "trip", tripId);
        }
        UUID person = officeStaff() ? personId : UUID.fromString(caller.id());
        if (person != null) {
            query.and("personId = :person", "person", person);
        }
        List<ExpenseClaim> rows = query.rows((where, params) -> ExpenseClaim.find(where, params));
        Map<UUID, List<ExpenseReceipt>> receipts = receiptsOf(rows.stream().limit(query.limit()).map(c -> c.id).toList());
        return Keyset.slice(rows, query.limit(), c -> c.id, c -> view(c, receipts.getOrDefault(c.id, List.of())));
    }

    @Transactional
    public ExpenseDtos.ClaimView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public ExpenseDtos.ClaimView submit(ExpenseDtos.SubmitRequest request) {
        boolean manager = caller.roles().contains(Roles.MANAGER);
        UUID person = request.personId();
        if (!manager) {
            UUID self = UUID.fromString(caller.id());
            if (person != null && !person.equals(self)) {
                throw ProblemException.invalidField("personId", "an installer claims for themselves only");
            }
            person = self;
        } else if (person == null) {
            throw ProblemException.invalidField("personId", "is required when a manager claims on someone's behalf");
        }
        TripDtos.TripRef trip = trips.ref(request.tripId())
                .orElseThrow(() -> ProblemException.invalidField("tripId", "no trip of your tenant has this id"));
        if (!trip.personIds().contains(person)) {
            throw ProblemException.invalidField(request.personId() == null ? "tripId" : "personId", "the person is not on trip " + trip.number());
        }
        if (trip.status() == TripDtos.Status.CANCELLED) {
            throw ProblemException.invalidField("tripId", "trip " + trip.number() + " is cancelled");
        }
        List<FieldError> refused = new ArrayList<>();
        List<FieldError> invalid = new ArrayList<>();
        String destination = normalized(trip.destination());
        for (int i = 0; i < request.receipts().size(); i++) {
            ExpenseDtos.ReceiptInput r = request.receipts().get(i);
            String at = "receipts[" + i + "]";
            if (r.override() != null && !manager) {
                invalid.add(new FieldError(at + ".override", "only a manager may override a receipt"));
            }
            if (Money.parse(at + ".amount", r.amount()).signum() <= 0) {
                invalid.add(new FieldError(at + ".amount", "must be more than 0.00"));
            }
            // A receipt may show only a file the claimant can see: naming another's file must not reveal it.
            if (r.receiptAttachmentId() != null && !attachments.readable(r.receiptAttachmentId())) {
                invalid.add(new FieldError(at + ".receiptAttachmentId", "no attachment you can see has this id"));
            }
            if (r.override() == null) {
                if (!normalized(r.place()).equals(destination)) {
                    refused.add(new FieldError(at + ".place", "is not the trip's destination " + trip.destination()));
                }
                if (r.date().isBefore(trip.firstDay()) || r.date().isAfter(trip.lastDay())) {
                    refused.add(new FieldError(at + ".date", "is not one of the trip's days " + trip.firstDay() + " … " + trip.lastDay()));
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid.size() + " receipt fields are invalid.", invalid);
        }
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable("receipts-do-not-match-trip", "Receipts do not match the trip",
                    "Receipts must come from the trip's destination and days (" + trip.destination() + ", " + trip.firstDay() + " … "
                            + trip.lastDay() + "); the claim is refused unless a manager overrides each such receipt with a reason.", refused);
        }
        Map<String, String> seen = earlierClaims(request.receipts().stream().map(r -> r.receiptNumber().strip()).collect(Collectors.toSet()));
        ExpenseClaim claim = new ExpenseClaim();
        claim.id = Ids.newId();
        claim.number = numbers.next("EC");
        claim.tripId = trip.id();
        claim.personId = person;
        claim.status = ExpenseDtos.Status.SUBMITTED;
        claim.total = Money.sum(request.receipts().stream().map(r -> Money.of(r.amount())).toList());
        claim.submittedAt = now();
        claim.submittedBy = caller.username();
        claim.persist();
        for (int i = 0; i < request.receipts().size(); i++) {
            ExpenseDtos.ReceiptInput in = request.receipts().get(i);
            ExpenseReceipt r = new ExpenseReceipt();
            r.id = Ids.newId();
            r.claimId = claim.id;
            r.position = i;
            r.category = in.category();
            r.amount = Money.of(in.amount());
            r.day = in.date();
            r.place = in.place().strip();
            r.receiptNumber = in.receiptNumber().strip();
            r.attachmentId = in.receiptAttachmentId();
            if (in.override() != null) {
                r.overrideReason = in.override().reason().strip();
                r.overriddenBy = caller.username();
            }
            r.duplicateOf = seen.get(r.receiptNumber);
            r.aboveCap = r.category == ExpenseDtos.Category.LODGING && r.amount.compareTo(trip.lodgingCapPerDay()) > 0;
            r.persist();
        }
        ExpenseClaim.flush();
        ExpenseDtos.ClaimView view = view(claim);
        audit.record("expense-claim.submitted", ENTITY, claim.id, null, view);
        return view;
    }

    /**
     * The manager approves: everything but LODGING is reimbursed beside pay in the pay month of the approval; LODGING
     * receipts go into the person's trip allowance (above the cap in full only with {@code acceptAboveCap}).
     */
    @Transactional
    public ExpenseDtos.ClaimView approve(UUID id, ExpenseDtos.ApproveRequest request) {
        ExpenseClaim claim = current(id, request.version());
        requireStatus(claim, ExpenseDtos.Status.SUBMITTED, "only a submitted claim is decided");
        boolean acceptAboveCap = Boolean.TRUE.equals(request.acceptAboveCap());
        List<ExpenseReceipt> receipts = receiptsOf(List.of(claim.id)).getOrDefault(claim.id, List.of());
        ExpenseDtos.ClaimView before = view(claim, receipts);
        LocalDate today = LocalDate.now(tenantService.currentZone());
        YearMonth payMonth = payPeriods.payMonthFor(today);
        trips.recordLodging(claim.tripId, claim.personId, receipts.stream().filter(r -> r.category == ExpenseDtos.Category.LODGING)
                .map(r -> new TripDtos.LodgingNight(r.amount, acceptAboveCap)).toList());
        claim.status = ExpenseDtos.Status.APPROVED;
        claim.reimbursed = Money.sum(receipts.stream().filter(r -> r.category != ExpenseDtos.Category.LODGING).map(r -> r.amount).toList());
        claim.decidedAt = now();
        claim.decidedBy = caller.username();
        claim.decisionReason = acceptAboveCap && receipts.stream().anyMatch(r -> r.aboveCap) ? "lodging above the cap accepted" : null;
        claim.approvedOn = today;
        claim.payMonth = payMonth.atDay(1);
        claim.originalMonth = YearMonth.from(today).atDay(1);
        return changed(claim, receipts, "expense-claim.approved", before);
    }

    @Transactional
    public ExpenseDtos.ClaimView reject(UUID id, ExpenseDtos.RejectRequest request) {
        ExpenseClaim claim = current(id, request.version());
        requireStatus(claim, ExpenseDtos.Status.SUBMITTED, "only a submitted claim is decided");
        List<ExpenseReceipt> receipts = receiptsOf(List.of(claim.id)).getOrDefault(claim.id, List.of());
        ExpenseDtos.ClaimView before = view(claim, receipts);
        claim.status = ExpenseDtos.Status.REJECTED;
        claim.decidedAt = now();
        claim.decidedBy = caller.username();
        claim.decisionReason = request.reason().strip();
        return changed(claim, receipts, "expense-claim.rejected", before);
    }

    /** The money was handed over: a state only, the amount counted when approved. */
    @Transactional
    public ExpenseDtos.ClaimView markPaid(UUID id, ExpenseDtos.TransitionRequest request) {
        ExpenseClaim claim = current(id, request.version());
        requireStatus(claim, ExpenseDtos.Status.APPROVED, "only an approved claim is paid");
        List<ExpenseReceipt> receipts = receiptsOf(List.of(claim.id)).getOrDefault(claim.id, List.of());
        ExpenseDtos.ClaimView before = view(claim, receipts);
        claim.status = ExpenseDtos.Status.PAID;
        claim.paidAt = now();
        claim.paidBy = caller.username();
        return changed(claim, receipts, "expense-claim.paid", before);
    }

    /** Receipt number → number of the earliest claim that has it, in one query. */
    private Map<String, String> earlierClaims(Set<String> receiptNumbers) {
        Map<String, String> seen = new HashMap<>();
        db.createQuery("""
                        select r.receiptNumber, c.number from ExpenseReceipt r, ExpenseClaim c
                        where c.id = r.claimId and r.receiptNumber in :numbers order by c.id""", Object[].class)
                .setParameter("numbers", receiptNumbers).getResultList()
                .forEach(row -> seen.putIfAbsent((String) row[0], (String) row[1]));
        return seen;
    }

    private ExpenseDtos.ClaimView changed(ExpenseClaim claim, List<ExpenseReceipt> receipts, String action, ExpenseDtos.ClaimView before) {
        claim.flush();
        ExpenseDtos.ClaimView after = view(claim, receipts);
        audit.record(action, ENTITY, claim.id, before, after);
        return after;
    }

    private static void requireStatus(ExpenseClaim claim, ExpenseDtos.Status status, String why) {
        if (claim.status != status) {
            throw new ProblemException(409, "expense-claim-status", "Claim in another state",
                    "Claim " + claim.number + " is " + claim.status + ": " + why + ".", List.of(new FieldError("status", "is " + claim.status)));
        }
    }

    private ExpenseClaim current(UUID id, int version) {
        ExpenseClaim claim = visible(id);
        if (version != claim.version) {
            throw ProblemException.staleVersion("Claim " + claim.number, version, claim.version);
        }
        return claim;
    }

    /** Installers see only their own claims; others' (and other tenants') answer 404. */
    private ExpenseClaim visible(UUID id) {
        ExpenseClaim claim = ExpenseClaim.<ExpenseClaim>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The expense claim " + id));
        if (!officeStaff() && !claim.personId.toString().equals(caller.id())) {
            throw ProblemException.notFound("The expense claim " + id);
        }
        return claim;
    }

    private boolean officeStaff() {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.DISPATCHER);
    }

    static String normalized(String place) {
        return place.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<UUID, List<ExpenseReceipt>> receiptsOf(List<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Collections.emptyMap();
        }
        return ExpenseReceipt.<ExpenseReceipt>list("claimId in ?1 order by claimId, position", claimIds).stream()
                .collect(Collectors.groupingBy(r -> r.claimId));
    }

    private static ExpenseDtos.ClaimView view(ExpenseClaim c) {
        return view(c, receiptsOf(List.of(c.id)).getOrDefault(c.id, List.of()));
    }

    private static ExpenseDtos.ClaimView view(ExpenseClaim c, List<ExpenseReceipt> receipts) {
        return new ExpenseDtos.ClaimView(c.id, c.number, c.tripId, c.personId, c.status, Money.format(c.total), Money.format(c.reimbursed),
                receipts.stream().map(ExpenseDtos.ReceiptView::of).toList(), c.submittedAt, c.submittedBy, c.decidedAt, c.decidedBy,
                c.decisionReason, c.payMonth == null ? null : YearMonth.from(c.payMonth).toString(), c.paidAt, c.version);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }


    /** Claims submitted and not yet decided. */
    @Transactional
    public long submittedCount() {
        return ExpenseClaim.count("status", ExpenseDtos.Status.SUBMITTED);
    }
}
