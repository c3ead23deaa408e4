package uk.icr.kit.nhs;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The Modulus 11 check of an NHS number (NHS Data Dictionary). */
public class NhsNumberValidator implements ConstraintValidator<NhsNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    /**
     * Digits 1 to 9 are weighted 10 down to 2 and summed; the check digit is 11 minus the remainder
     * mod 11, where 11 means 0 and 10 means no valid number has these nine digits.
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 9) {
                sum += (c - '0') * (10 - i);
            }
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }
}
