package io.aftercare.partner;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.money.Money;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.staff.StaffDtos;
import io.aftercare.staff.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Outsourcing partners, their staff and their agreements. The work orders given to them are {@link PartnerOrders}; what
 * a partner's staff see of them, {@link PartnerPortal}.
 */
@ApplicationScoped
public class PartnerService {

    static final String ENTITY = "partner";

    private final SettingsService settings;
    private final StaffService staff;
    private final CurrentUser caller;
    private final AuditLog audit;

    public PartnerService(SettingsService settings, StaffService staff, CurrentUser caller, AuditLog audit) {
        this.settings = settings;
        this.staff = staff;
        this.caller = caller;
        this.audit = audit;
    }

    // --- partners ---------------------------------------------------------------------------------------------

    @Transactional
    public Keyset.Slice<PartnerDtos.PartnerView> list(Integer limit, String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<Partner> rows = after == null
                ? Partner.<Partner>find("order by id").page(0, pageSize + 1).list()
                : Partner.<Partner>find("id > ?1 order by id", after).page(0, pageSize + 1).list();
        Map<UUID, List<PartnerDtos.StaffMember>> members = staffOf(rows.stream().map(p -> p.id).toList());
        return Keyset.slice(rows, pageSize, p -> p.id, p -> view(p, members.getOrDefault(p.id, List.of())));
    }

    @Transactional
    public PartnerDtos.PartnerView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public PartnerDtos.PartnerView create(PartnerDtos.CreatePartnerRequest request) {
        String name = request.name().strip();
        if (Partner.count("name", name) > 0) {
            throw ProblemException.conflict("A partner named " + name + " exists already.");
        }
        Partner partner = new Partner();
        partner.id = Ids.newId();
        partner.name = name;
        partner.contacts = request.contacts() == null ? new ArrayList<>() : new ArrayList<>(request.contacts());
        applyBank(partner, request.bankAccount());
        applyQualification(partner, request.constructionQualification());
        partner.createdAt = now();
        partner.createdBy = caller.username();
        partner.persistAndFlush();
        PartnerDtos.PartnerView view = view(partner);
        audit.record("partner.created", ENTITY, partner.id, null, view);
        return view;
    }

    @Transactional
    public PartnerDtos.PartnerView update(UUID id, PartnerDtos.UpdatePartnerRequest request) {
        Partner partner = find(id);
        if (request.version() != partner.version) {
            throw ProblemException.staleVersion("Partner " + partner.name, request.version(), partner.version);
        }
        PartnerDtos.PartnerView before = view(partner);
        if (request.name() != null) {
            String name = request.name().strip();
            if (name.isEmpty()) {
                throw ProblemException.invalidField("name", "must not be blank");
            }
            if (!name.equals(partner.name) && Partner.count("name", name) > 0) {
                throw ProblemException.conflict("A partner named " + name + " exists already.");
            }
            partner.name = name;
        }
        if (request.contacts() != null) {
            partner.contacts = new ArrayList<>(request.contacts());
        }
        if (request.bankAccount() != null) {
            applyBank(partner, request.bankAccount());
        }
        if (request.constructionQualification() != null) {
            applyQualification(partner, request.constructionQualification());
        }
        partner.flush();
        PartnerDtos.PartnerView after = view(partner);
        audit.record("partner.updated", ENTITY, partner.id, before, after);
        return after;
    }

    /** Links a staff user holding the role partner to this partner; a staff user works for one partner at most. */
    @Transactional
    public PartnerDtos.PartnerView linkStaff(UUID partnerId, PartnerDtos.LinkStaffRequest request) {
        Partner partner = find(partnerId);
        StaffDtos.StaffUserView user = staff.byIds(List.of(request.staffUserId())).get(request.staffUserId());
        if (user == null) {
            throw ProblemException.invalidField("staffUserId", "no staff user of your tenant has this id");
        }
        if (!user.roles().contains(StaffDtos.StaffRole.partner)) {
            throw ProblemException.invalidField("staffUserId", "the staff user does not hold the role partner");
        }
        PartnerStaff link = PartnerStaff.<PartnerStaff>find("staffUserId", request.staffUserId()).firstResult();
        if (link != null) {
            if (link.partnerId.equals(partnerId)) {
                return view(partner);
            }
            throw new ProblemException(409, "partner-staff-taken", "Staff user works for another partner",
                    "Staff user " + user.username() + " works for another partner; unlink them there first.",
                    List.of(new FieldError("staffUserId", "works for another partner")));
        }
        link = new PartnerStaff();
        link.id = Ids.newId();
        link.partnerId = partnerId;
        link.staffUserId = request.staffUserId();
        link.linkedAt = now();
        link.linkedBy = caller.username();
        link.persistAndFlush();
        audit.record("partner.staff-linked", ENTITY, partnerId, null, Map.of("staffUserId", request.staffUserId()));
        return view(partner);
    }

    @Transactional
    public void unlinkStaff(UUID partnerId, UUID staffUserId) {
        find(partnerId);
        long removed = PartnerStaff.delete("partnerId = ?1 and staffUserId = ?2", partnerId, staffUserId);
        if (removed == 0) {
            throw ProblemException.notFound("Staff user " + staffUserId + " of partner " + partnerId);
        }
        audit.record("partner.staff-unlinked", ENTITY, partnerId, Map.of("staffUserId", staffUserId), null);
    }

    // --- agreements -------------------------------------------------------------------------------------------

    @Transactional
    public Keyset.Slice<PartnerDtos.AgreementView> agreements(UUID partnerId, Integer limit, String cursor) {
        find(partnerId);
        int pageSize = Keyset.limit(limit);
        UUID after = Keyset.after(cursor);
        List<PartnerAgreement> rows = after == null
                ? PartnerAgreement.<PartnerAgreement>find("partnerId = ?1 order by id", partnerId).page(0, pageSize + 1).list()
                : PartnerAgreement.<PartnerAgreement>find("partnerId = ?1 and id > ?2 order by id", partnerId, after).page(0, pageSize + 1).list();
        return Keyset.slice(rows, pageSize, a -> a.id, PartnerService::view);
    }

    /** An agreement; omitted quota and percentages are the tenant's current settings, copied so they stay as agreed. */
    @Transactional
    public PartnerDtos.AgreementView createAgreement(UUID partnerId, PartnerDtos.CreateAgreementRequest request) {
        find(partnerId);
        if (request.lastDay().isBefore(request.firstDay())) {
            throw ProblemException.invalidField("lastDay", "must not be before firstDay");
        }
        SettingsDtos.PartnerSettings terms = settings.current().partners();
        PartnerAgreement agreement = new PartnerAgreement();
        agreement.id = Ids.newId();
        agreement.partnerId = partnerId;
        agreement.feePerUnit = Money.parse("feePerUnit", request.feePerUnit());
        agreement.dailyQuota = request.dailyQuota() != null ? request.dailyQuota() : terms.minimumUnitsPerDay();
        agreement.firstDay = request.firstDay();
        agreement.lastDay = request.lastDay();
        agreement.delayDeductionPercentPerDay = percent("delayDeductionPercentPerDay",
                request.delayDeductionPercentPerDay() != null ? request.delayDeductionPercentPerDay() : terms.delayDeductionPercentPerDay());
        agreement.complaintDeductionPercent = percent("complaintDeductionPercent",
                request.complaintDeductionPercent() != null ? request.complaintDeductionPercent() : terms.complaintDeductionPercent());
        agreement.technicalStandard = request.technicalStandard() == null ? null : request.technicalStandard().strip();
        agreement.createdAt = now();
        agreement.createdBy = caller.username();
        agreement.persistAndFlush();
        PartnerDtos.AgreementView view = view(agreement);
        audit.record("partner.agreement-created", ENTITY, partnerId, null, view);
        return view;
    }

    // --- shared -----------------------------------------------------------------------------------------------

    static Map<UUID, PartnerAgreement> agreementsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        return PartnerAgreement.<PartnerAgreement>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, a -> a));
    }

    static Partner find(UUID id) {
        return Partner.<Partner>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The partner " + id));
    }

    private static BigDecimal percent(String field, String value) {
        BigDecimal percent = Money.parse(field, value);
        if (percent.signum() < 0 || percent.compareTo(new BigDecimal(100)) > 0) {
            throw ProblemException.invalidField(field, "must be between 0 and 100");
        }
        return percent;
    }

    private static void applyBank(Partner partner, PartnerDtos.BankAccount bank) {
        if (bank == null) {
            return;
        }
        partner.bankAccountName = Texts.blankToNull(bank.accountName());
        partner.bankName = Texts.blankToNull(bank.bank());
        partner.bankAccountNumber = bank.accountNumber() == null ? null : bank.accountNumber().replaceAll("[ -]", "");
    }

    private Map<UUID, List<PartnerDtos.StaffMember>> staffOf(Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Collections.emptyMap();
        }
        List<PartnerStaff> links = PartnerStaff.list("partnerId in ?1 order by linkedAt", partnerIds);
        Map<UUID, StaffDtos.StaffUserView> users = staff.byIds(links.stream().map(l -> l.staffUserId).toList());
        Map<UUID, List<PartnerDtos.StaffMember>> members = new HashMap<>();
        for (PartnerStaff l : links) {
            StaffDtos.StaffUserView u = users.get(l.staffUserId);
            if (u != null) {
                members.computeIfAbsent(l.partnerId, k -> new ArrayList<>())
                        .add(new PartnerDtos.StaffMember(u.id(), u.username(), u.firstName(), u.lastName()));
            }
        }
        return members;
    }

    private PartnerDtos.PartnerView view(Partner p) {
        return view(p, staffOf(List.of(p.id)).getOrDefault(p.id, List.of()));
    }

    private static PartnerDtos.PartnerView view(Partner p, List<PartnerDtos.StaffMember> members) {
        PartnerDtos.BankAccountView bank = p.bankAccountName == null && p.bankName == null && p.bankAccountNumber == null ? null
                : new PartnerDtos.BankAccountView(p.bankAccountName, p.bankName, Redaction.bankAccount(p.bankAccountNumber));
        PartnerDtos.ConstructionQualification qualification = p.constructionQualification == null ? null
                : new PartnerDtos.ConstructionQualification(p.constructionQualification, p.constructionQualificationValidTo);
        return new PartnerDtos.PartnerView(p.id, p.name, List.copyOf(p.contacts), bank, members, qualification, p.createdAt, p.version);
    }

    private static void applyQualification(Partner partner, PartnerDtos.ConstructionQualification qualification) {
        partner.constructionQualification = qualification == null ? null : qualification.number().strip();
        partner.constructionQualificationValidTo = qualification == null ? null : qualification.validTo();
    }

    /** The partner's name and whether its construction qualification is valid on {@code day}; empty for an unknown partner. */
    @Transactional
    public Optional<Contractor> contractor(UUID partnerId, java.time.LocalDate day) {
        return Partner.<Partner>findByIdOptional(partnerId).map(p -> new Contractor(p.id, p.name,
                p.constructionQualification != null && !day.isAfter(p.constructionQualificationValidTo)));
    }

    /** A partner as connection work sees it. */
    public record Contractor(UUID id, String name, boolean qualified) {
    }

    static PartnerDtos.AgreementView view(PartnerAgreement a) {
        return new PartnerDtos.AgreementView(a.id, a.partnerId, Money.format(a.feePerUnit), a.dailyQuota, a.firstDay, a.lastDay,
                Money.format(a.delayDeductionPercentPerDay), Money.format(a.complaintDeductionPercent), a.technicalStandard, a.createdAt,
                a.version);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
