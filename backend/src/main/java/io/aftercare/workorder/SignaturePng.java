package io.aftercare.workorder;

import io.aftercare.problem.FieldError;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** The customer's signature as sent: a PNG image in base64, optionally as a data URL. */
final class SignaturePng {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String DATA_URL = "data:image/png;base64,";

    private SignaturePng() {
    }

    /** The image's bytes, or null with the reason added to {@code errors} (field {@code signaturePng}). */
    static byte[] decode(String base64, List<FieldError> errors) {
        if (base64 == null || base64.isBlank()) {
            errors.add(new FieldError("signaturePng", "is required unless the customer refuses to sign"));
            return null;
        }
        try {
            String data = base64.startsWith(DATA_URL) ? base64.substring(DATA_URL.length()) : base64;
            byte[] png = Base64.getDecoder().decode(data);
            if (png.length < PNG_MAGIC.length || !Arrays.equals(Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
                errors.add(new FieldError("signaturePng", "must be a PNG image"));
                return null;
            }
            return png;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("signaturePng", "must be base64"));
            return null;
        }
    }
}
