package uk.icr.gateway.people;

/** The NHS number check (10 digits, the last a modulus 11 check digit), so a typo is refused before four calls. */
final class NhsNumbers {

    private NhsNumbers() {
    }

    static boolean valid(String value) {
        if (value == null || !value.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check != 10 && (check == 11 ? 0 : check) == value.charAt(9) - '0';
    }
}
