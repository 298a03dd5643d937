package io.aftercare.installer;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * One reason an installer cannot take a job: what the assign action refuses with (as {@link #message()}) and what
 * the list of assign candidates shows (as {@link #code()} with its facts), from the same check.
 */
public record DispatchProblem(Code code, Qualification qualification, LocalDate date, List<String> orderNumbers, String message) {

    @Schema(name = "DispatchProblemCode", description = "Why an installer cannot take a job.")
    public enum Code {
        @JsonProperty("not-an-installer") NOT_AN_INSTALLER,
        @JsonProperty("inactive") INACTIVE,
        @JsonProperty("on-leave") ON_LEAVE,
        @JsonProperty("no-certificate") NO_CERTIFICATE,
        @JsonProperty("certificate-expired") CERTIFICATE_EXPIRED,
        @JsonProperty("certificate-not-yet-valid") CERTIFICATE_NOT_YET_VALID,
        @JsonProperty("overlap") OVERLAP
    }

    static DispatchProblem notAnInstaller() {
        return new DispatchProblem(Code.NOT_AN_INSTALLER, null, null, null, "is not an installer of this tenant");
    }

    static DispatchProblem inactive() {
        return new DispatchProblem(Code.INACTIVE, null, null, null, "is inactive");
    }

    static DispatchProblem onLeave(LocalDate day) {
        return new DispatchProblem(Code.ON_LEAVE, null, day, null, "is on approved leave on " + day);
    }

    static DispatchProblem noCertificate(Qualification q) {
        return new DispatchProblem(Code.NO_CERTIFICATE, q, null, null, "holds no " + q + " certificate");
    }

    /** {@code validUntil}: the last day of the latest certificate of that kind. */
    static DispatchProblem certificateExpired(Qualification q, LocalDate day, LocalDate validUntil) {
        return new DispatchProblem(Code.CERTIFICATE_EXPIRED, q, validUntil, null,
                "holds no " + q + " certificate valid on " + day + " (latest valid until " + validUntil + ")");
    }

    /** {@code validFrom}: the first day of the earliest certificate of that kind that starts later. */
    static DispatchProblem certificateNotYetValid(Qualification q, LocalDate day, LocalDate validFrom) {
        return new DispatchProblem(Code.CERTIFICATE_NOT_YET_VALID, q, validFrom, null,
                "holds no " + q + " certificate valid on " + day + " (valid from " + validFrom + ")");
    }

    /** Other open orders whose appointment overlaps the job's. */
    public static DispatchProblem overlap(List<String> orderNumbers) {
        return new DispatchProblem(Code.OVERLAP, null, null, List.copyOf(orderNumbers),
                "has " + String.join(", ", orderNumbers) + " at an overlapping time");
    }
}
