package uk.icr.bench.api;

import java.util.concurrent.ThreadLocalRandom;

/** Random NHS numbers with a valid Modulus 11 check digit: a new person for every call that needs one. */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            StringBuilder digits = new StringBuilder(10);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
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
