package io.aftercare.staff;

import io.aftercare.audit.ActorNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The display names of staff accounts (office staff, installers, partner staff) for actor ids. */
@ApplicationScoped
public class StaffActorNames implements ActorNames {

    private final EntityManager db;

    public StaffActorNames(EntityManager db) {
        this.db = db;
    }

    @Override
    @Transactional
    public Map<String, String> of(Collection<String> actorIds) {
        Set<UUID> ids = new HashSet<>();
        for (String actor : actorIds) {
            if (actor != null && actor.length() == 36) {
                try {
                    ids.add(UUID.fromString(actor));
                } catch (IllegalArgumentException notAPerson) {
                    // "system", an integration client or a customer's name: no staff account
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            db.createQuery("select u.id, u.firstName, u.lastName, u.username from StaffUser u where u.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> {
                        String name = displayName((String) r[1], (String) r[2]);
                        names.put(r[0].toString(), name.isBlank() ? (String) r[3] : name);
                    });
        }
        return names;
    }

    /** Chinese names read family name first with no space (赵师傅); others read "first last". */
    public static String displayName(String first, String last) {
        String given = first == null ? "" : first.strip();
        String family = last == null ? "" : last.strip();
        if ((given + family).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return family + given;
        }
        return (given + " " + family).strip();
    }
}
