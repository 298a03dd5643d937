package io.aftercare.installer;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Installers' training records, and the crew checks other features make with them and with certificates. */
@ApplicationScoped
public class InstallerTrainings {

    static final String ENTITY = "installer-training";

    private final InstallerService installers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public InstallerTrainings(InstallerService installers, CurrentUser caller, AuditLog audit) {
        this.installers = installers;
        this.caller = caller;
        this.audit = audit;
    }

    /** Newest first. */
    @Transactional
    public InstallerDtos.TrainingList list(UUID installerId) {
        requireInstaller(installerId);
        return new InstallerDtos.TrainingList(InstallerTraining.<InstallerTraining>list("installerId = ?1 order by trainedOn desc, id desc",
                installerId).stream().map(InstallerDtos.TrainingView::of).toList());
    }

    @Transactional
    public InstallerDtos.TrainingView add(UUID installerId, InstallerDtos.CreateTrainingRequest request) {
        requireInstaller(installerId);
        InstallerTraining training = new InstallerTraining();
        training.id = Ids.newId();
        training.installerId = installerId;
        training.course = request.course().strip();
        training.trainedOn = request.trainedOn();
        training.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        training.createdBy = caller.username();
        training.persistAndFlush();
        InstallerDtos.TrainingView view = InstallerDtos.TrainingView.of(training);
        audit.record("installer-training.created", ENTITY, training.id, null, view);
        return view;
    }

    @Transactional
    public void remove(UUID installerId, UUID trainingId) {
        InstallerTraining training = InstallerTraining.<InstallerTraining>findByIdOptional(trainingId)
                .filter(t -> t.installerId.equals(installerId))
                .orElseThrow(() -> ProblemException.notFound("The training " + trainingId + " of installer " + installerId));
        InstallerDtos.TrainingView before = InstallerDtos.TrainingView.of(training);
        training.delete();
        audit.record("installer-training.deleted", ENTITY, trainingId, before, null);
    }

    /** Of these installers, those without a training on or before {@code day}. One query. */
    @Transactional
    public Set<UUID> untrained(Collection<UUID> installerIds, LocalDate day) {
        Set<UUID> missing = new HashSet<>(installerIds);
        if (!missing.isEmpty()) {
            missing.removeAll(InstallerTraining.<InstallerTraining>list("installerId in ?1 and trainedOn <= ?2", installerIds, day)
                    .stream().map(t -> t.installerId).toList());
        }
        return missing;
    }

    /** Of these installers, those without a certificate of this type valid on {@code day}. One query. */
    @Transactional
    public Set<UUID> uncertified(Collection<UUID> installerIds, Qualification type, LocalDate day) {
        Set<UUID> missing = new HashSet<>(installerIds);
        if (!missing.isEmpty()) {
            missing.removeAll(Certification.<Certification>list("installerId in ?1 and type = ?2 and validFrom <= ?3 and validTo >= ?3",
                    installerIds, type, day).stream().map(c -> c.installerId).toList());
        }
        return missing;
    }

    private void requireInstaller(UUID installerId) {
        if (!installers.exists(installerId)) {
            throw ProblemException.notFound("The installer " + installerId);
        }
    }

    /** Known installer ids among these. */
    @Transactional
    public List<UUID> known(Collection<UUID> installerIds) {
        return installers.names(installerIds).keySet().stream().toList();
    }
}
