package io.aftercare.partner;

/** What a partner may see of confidential data (SIM data, identity and contact details stay with the tenant). */
final class Redaction {

    private Redaction() {
    }

    /** The surname only: 王芳 → 王*. */
    static String surname(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String stripped = name.strip();
        return stripped.substring(0, stripped.offsetByCodePoints(0, 1)) + "*";
    }

    /** 13812345678 → 138****5678; shorter numbers show only their last 4 digits. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        return digits.length() > 4 ? "****" + digits.substring(digits.length() - 4) : "****";
    }

    /** A bank account as {@code **** **** 1234}. */
    static String bankAccount(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("\\D", "");
        return "**** **** " + (digits.length() >= 4 ? digits.substring(digits.length() - 4) : "****");
    }

    /** A device serial as {@code ****7731}. */
    static String serial(String serial) {
        return serial == null || serial.length() <= 4 ? "****" : "****" + serial.substring(serial.length() - 4);
    }
}
