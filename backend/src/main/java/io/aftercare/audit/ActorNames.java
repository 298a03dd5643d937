package io.aftercare.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Display names of the people behind actor ids (the subjects of their tokens), so that timelines and the audit trail
 * read as names. The staff feature implements it: every person who signs in for a tenant (office staff, installers,
 * partner staff) has a staff account.
 */
public interface ActorNames {

    /** Names by actor id, in one query; ids that are no person of the tenant (system, integrations, customers) are absent. */
    Map<String, String> of(Collection<String> actorIds);
}
