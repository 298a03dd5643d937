package io.aftercare.installer;

import io.aftercare.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What dispatch needs to know of installers: whether they may take a job on a day (status, leave, certificates) and
 * when and where they work. Read for many installers at once, one query per kind of fact.
 */
@ApplicationScoped
public class InstallerAvailability {

    /**
     * Why each installer cannot be dispatched to a job on {@code day} that requires {@code required}, as the messages
     * of {@link #dispatchChecks}. Empty when they can.
     */
    @Transactional
    public Map<UUID, List<String>> dispatchProblems(Collection<UUID> installerIds, Set<Qualification> required, LocalDate day) {
        Map<UUID, List<String>> problems = new HashMap<>();
        dispatchChecks(installerIds, required, day).forEach((id, found) ->
                problems.put(id, new ArrayList<>(found.stream().map(DispatchProblem::message).toList())));
        return problems;
    }

    /**
     * Why each installer cannot be dispatched to a job on {@code day} that requires {@code required}: inactive,
     * not an installer, on approved leave, or lacking a certificate valid on that day. Empty when they can.
     * One query per kind of fact for all installers together.
     */
    @Transactional
    public Map<UUID, List<DispatchProblem>> dispatchChecks(Collection<UUID> installerIds, Set<Qualification> required, LocalDate day) {
        Map<UUID, List<DispatchProblem>> problems = new HashMap<>();
        installerIds.forEach(id -> problems.put(id, new ArrayList<>()));
        if (installerIds.isEmpty()) {
            return problems;
        }
        Map<UUID, Installer> installers = Installer.<Installer>list("id in ?1", installerIds).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i));
        Map<UUID, List<Certification>> certificates = Certification.<Certification>list("installerId in ?1", installerIds).stream()
                .collect(Collectors.groupingBy(c -> c.installerId));
        Set<UUID> onLeave = LeaveRequest.<LeaveRequest>list("installerId in ?1 and status = ?2 and firstDay <= ?3 and lastDay >= ?3",
                installerIds, InstallerDtos.LeaveStatus.APPROVED, day).stream().map(l -> l.installerId).collect(Collectors.toSet());
        for (UUID id : installerIds) {
            List<DispatchProblem> reasons = problems.get(id);
            Installer installer = installers.get(id);
            if (installer == null) {
                reasons.add(DispatchProblem.notAnInstaller());
                continue;
            }
            if (installer.status != InstallerDtos.InstallerStatus.ACTIVE) {
                reasons.add(DispatchProblem.inactive());
            }
            if (onLeave.contains(id)) {
                reasons.add(DispatchProblem.onLeave(day));
            }
            List<Certification> held = certificates.getOrDefault(id, List.of());
            for (Qualification q : required.stream().sorted().toList()) {
                List<Certification> ofType = held.stream().filter(c -> c.type == q).toList();
                if (ofType.isEmpty()) {
                    reasons.add(DispatchProblem.noCertificate(q));
                } else if (ofType.stream().noneMatch(c -> c.validOn(day))) {
                    boolean onlyLaterOnes = ofType.stream().allMatch(c -> c.validFrom.isAfter(day));
                    reasons.add(onlyLaterOnes
                            ? DispatchProblem.certificateNotYetValid(q, day, ofType.stream().map(c -> c.validFrom).min(LocalDate::compareTo).orElseThrow())
                            : DispatchProblem.certificateExpired(q, day, ofType.stream().map(c -> c.validTo).max(LocalDate::compareTo).orElseThrow()));
                }
            }
        }
        return problems;
    }

    /** Every installer of the tenant with their display name and status, in two queries. */
    @Transactional
    /** Service points and working hours of these installers, in one query; unknown ids are absent. */
    @ReadOnly
    public Map<UUID, InstallerDtos.Shift> shifts(Collection<UUID> installerIds) {
        if (installerIds.isEmpty()) {
            return Map.of();
        }
        return Installer.<Installer>list("id in ?1", installerIds).stream().collect(Collectors.toMap(i -> i.id,
                i -> new InstallerDtos.Shift(List.copyOf(i.servicePointIds), i.workingHoursStart, i.workingHoursEnd)));
    }
}
