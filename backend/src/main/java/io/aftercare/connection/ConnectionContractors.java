package io.aftercare.connection;

import io.aftercare.installer.InstallerTrainings;
import io.aftercare.installer.Qualification;
import io.aftercare.partner.PartnerService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may build a connection (doc 4 §7, 施工企业应经过资质考核合格，施工人员应岗前培训): the tenant's own installers, each a
 * certified electrician, or a partner holding a valid construction qualification; every crew member trained.
 */
@ApplicationScoped
public class ConnectionContractors {

    private final InstallerTrainings crews;
    private final PartnerService partners;

    public ConnectionContractors(InstallerTrainings crews, PartnerService partners) {
        this.crews = crews;
        this.partners = partners;
    }

    /** Refuses an unqualified contractor or crew (422 naming the field); the partner's name, or null for own installers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String check(ConnectionDtos.ConstructionRequest request) {
        String partnerName = checkContractor(request);
        checkCrew(request);
        return partnerName;
    }

    /** The partner's name when the contractor is a partner holding a valid qualification on the start day. */
    private String checkContractor(ConnectionDtos.ConstructionRequest request) {
        if (request.contractor() == ConnectionDtos.ContractorKind.OWN) {
            if (request.partnerId() != null) {
                throw ProblemException.invalidField("partnerId", "is only for contractor PARTNER");
            }
            return null;
        }
        if (request.partnerId() == null) {
            throw ProblemException.invalidField("partnerId", "name the partner that does the work");
        }
        PartnerService.Contractor partner = partners.contractor(request.partnerId(), request.startedOn())
                .orElseThrow(() -> ProblemException.invalidField("partnerId", "no partner of your tenant has this id"));
        if (!partner.qualified()) {
            throw new ProblemException(422, "connection-contractor-unqualified", "Contractor not qualified",
                    partner.name() + " holds no construction qualification valid on " + request.startedOn() + ".",
                    List.of(new FieldError("partnerId", "has no construction qualification valid on " + request.startedOn())));
        }
        return partner.name();
    }

    /** Every crew member is an installer with a training record; own installers hold an electrician's certificate too. */
    private void checkCrew(ConnectionDtos.ConstructionRequest request) {
        List<UUID> ids = request.installerIds();
        Set<UUID> known = new HashSet<>(crews.known(ids));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                unknown.add(new FieldError("installerIds[" + i + "]", "no installer of your tenant has this id"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest(unknown.size() + " crew members are unknown.", unknown);
        }
        Set<UUID> untrained = crews.untrained(ids, request.startedOn());
        Set<UUID> uncertified = request.contractor() == ConnectionDtos.ContractorKind.OWN
                ? crews.uncertified(ids, Qualification.ELECTRICIAN, request.startedOn()) : Set.of();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (untrained.contains(ids.get(i))) {
                errors.add(new FieldError("installerIds[" + i + "]", "has no training record on or before " + request.startedOn()));
            }
            if (uncertified.contains(ids.get(i))) {
                errors.add(new FieldError("installerIds[" + i + "]", "holds no electrician's certificate valid on " + request.startedOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "connection-crew-unqualified", "Crew not qualified",
                    "Construction staff must be trained (and own installers certified electricians).", errors);
        }
    }
}
