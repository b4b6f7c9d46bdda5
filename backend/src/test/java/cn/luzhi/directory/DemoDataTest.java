package cn.luzhi.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoDataTest {
    @Test
    void demoIdNumbersCarryAValidGb11643CheckDigit() {
        String id = DemoData.idNumber(LocalDate.of(1975, 3, 2), 7, false);
        assertEquals(18, id.length());
        assertTrue(id.startsWith("37089919750302"), id);
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (id.charAt(k) - '0') * w[k];
        }
        assertEquals("10X98765432".charAt(sum % 11), id.charAt(17));
        // the 17th digit is odd for men and even for women
        assertEquals(1, (id.charAt(16) - '0') % 2);
        assertEquals(0, (DemoData.idNumber(LocalDate.of(1975, 3, 2), 7, true).charAt(16) - '0') % 2);
    }
}
