package io.aftercare.installer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What installers need to know about dispatched work, implemented by the work-order capability: defined here so
 * that installers do not depend on work orders (which depend on installers for their dispatch checks).
 */
public interface AssignedWork {

    /** Human numbers of the open orders assigned to the installer with an appointment in [firstDay, lastDay]. */
    List<String> openAssignments(UUID installerId, LocalDate firstDay, LocalDate lastDay);
}
