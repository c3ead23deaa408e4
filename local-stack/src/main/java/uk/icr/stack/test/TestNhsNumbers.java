package uk.icr.stack.test;

import java.util.concurrent.ThreadLocalRandom;

/** Valid NHS numbers no other test uses, so a test can list "its" person's records alone. */
public final class TestNhsNumbers {

    private TestNhsNumbers() {
    }

    public static String random() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = ThreadLocalRandom.current().nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }
}
