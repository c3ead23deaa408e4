package uk.icr.kit.nhs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9990000018", "9990000026", "9990000034", "4010232137"})
    void acceptsNumbersWhoseCheckDigitMatches(String number) {
        assertTrue(NhsNumberValidator.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9991234560", "9990000000", "9434765918", "943476591", "94347659190", "94347659l9",
            "943 476 5919", "", "0000000001"})
    void refusesWrongCheckDigitsLengthsAndCharacters(String number) {
        assertFalse(NhsNumberValidator.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000010", "0000000060"})
    void refusesNumbersWhoseCheckDigitWouldBeTen(String number) {
        // The weighted sums are 12: remainder 1, so the check digit would be 10, which no number has.
        assertFalse(NhsNumberValidator.isValid(number));
    }
}
