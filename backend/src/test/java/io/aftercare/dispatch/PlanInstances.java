package io.aftercare.dispatch;

import io.aftercare.geo.Travel;
import io.aftercare.installer.Qualification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generated days to plan, reproducible from a seed: installers spread over a city of {@code sizeKm} square with their
 * certificates, some on leave, some held by a job under way; orders with sites, fixed or movable windows, certificates
 * required, priorities and promises falling due during the day or later.
 */
final class PlanInstances {

    static final PlanRules RULES = new PlanRules(new Travel(1.3, 30), 15);
    /** Shanghai's centre; a degree of latitude is about 111 km. */
    private static final double LAT = 31.23;
    private static final double LON = 121.47;
    private static final double KM_LAT = 1 / 111.0;
    private static final double KM_LON = 1 / (111.0 * Math.cos(Math.toRadians(LAT)));

    private PlanInstances() {
    }

    static DayPlan generate(long seed, int jobCount, int crewCount, double sizeKm) {
        Random random = new Random(seed);
        List<PlanCrew> crews = new ArrayList<>();
        for (int i = 0; i < crewCount; i++) {
            Set<Qualification> held = EnumSet.noneOf(Qualification.class);
            if (random.nextDouble() < 0.7) {
                held.add(Qualification.ELECTRICIAN);
            }
            if (random.nextDouble() < 0.3) {
                held.add(Qualification.WELDING);
            }
            if (random.nextDouble() < 0.4) {
                held.add(Qualification.HEIGHT);
            }
            boolean available = random.nextDouble() >= 0.05;
            List<PlanCrew.Busy> busy = random.nextDouble() < 0.1
                    ? List.of(new PlanCrew.Busy(8 * 60, 8 * 60 + 30 + random.nextInt(120), "WO-HELD-" + i)) : List.of();
            crews.add(new PlanCrew(new UUID(1, i + 1), "Installer " + (i + 1), held, available, Set.of(), 8 * 60, 18 * 60,
                    lat(random, sizeKm), lon(random, sizeKm), busy));
        }
        List<PlanJob> jobs = new ArrayList<>();
        for (int i = 0; i < jobCount; i++) {
            Set<Qualification> required = EnumSet.noneOf(Qualification.class);
            double kind = random.nextDouble();
            if (kind < 0.25) {
                required.add(Qualification.ELECTRICIAN);
            } else if (kind < 0.32) {
                required.add(Qualification.WELDING);
            } else if (kind < 0.40) {
                required.add(Qualification.HEIGHT);
            }
            // a fifth with a fixed window opening at 09, 11, 13 or 15 o'clock; the others any time that day
            boolean movable = random.nextDouble() >= 0.2;
            int windowStart = movable ? 8 * 60 : (9 + 2 * random.nextInt(4)) * 60;
            // a third fall due today, between 11:00 and 18:00; the rest later
            Integer due = random.nextDouble() < 0.33 ? 11 * 60 + random.nextInt(7 * 60) : null;
            jobs.add(new PlanJob(new UUID(2, i + 1), "WO-%05d".formatted(i + 1), 0, lat(random, sizeKm), lon(random, sizeKm),
                    windowStart, 20 + 5 * random.nextInt(6), movable, due, 1 + random.nextInt(3), required, null, null, RULES));
        }
        return new DayPlan(crews, jobs);
    }

    private static double lat(Random random, double sizeKm) {
        return LAT + (random.nextDouble() - 0.5) * sizeKm * KM_LAT;
    }

    private static double lon(Random random, double sizeKm) {
        return LON + (random.nextDouble() - 0.5) * sizeKm * KM_LON;
    }
}
