package playground.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
    @Test
    void readsHeaderTypesAndValues() {
        Table t = Csv.parse("age,sex,bmi\n19,female,27.9\n18,male,33.77\n");
        assertEquals(List.of("age", "sex", "bmi"), t.names());
        assertEquals(2, t.rows());
        assertTrue(t.column("age").numeric);
        assertFalse(t.column("sex").numeric);
        assertEquals(33.77, t.column("bmi").numbers[1], 0);
        assertEquals("female", t.column("sex").strings[0]);
    }

    @Test
    void crlfBomAndBlankLinesAreAccepted() {
        Table t = Csv.parse("\uFEFFa,b\r\n1,x\r\n\r\n2,y\r\n");
        assertEquals(List.of("a", "b"), t.names());
        assertEquals(2, t.rows());
        assertEquals("y", t.column("b").strings[1]);
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() {
        Table t = Csv.parse("name,note\n\"Smith, J.\",\"said \"\"hi\"\"\nthen left\"\nLee,plain\n");
        assertEquals("Smith, J.", t.column("name").strings[0]);
        assertEquals("said \"hi\"\nthen left", t.column("note").strings[0]);
        assertEquals(2, t.rows());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a;b;c\\n1;2;3\\n4;5;6\\n|3",
        "a\\tb\\n1\\t2\\n3\\t4\\n|2",
        "a,b\\n\"1;2\",3\\n4,5\\n|2",
    })
    void theDelimiterIsDetected(String text, int columns) {
        assertEquals(columns, Csv.parse(text.replace("\\n", "\n").replace("\\t", "\t")).columns().size());
    }

    @Test
    void aFileWithoutHeaderGetsNumberedColumns() {
        Table t = Csv.parse("1,2,3\n4,5,6\n");
        assertEquals(List.of("column_1", "column_2", "column_3"), t.names());
        assertEquals(2, t.rows());
    }

    @Test
    void missingMarkersBecomeMissingCells() {
        Table t = Csv.parse("x,y,c\n1,NA,a\n,2,\n3,?,b\nnan,4,null\n");
        Column x = t.column("x");
        assertTrue(x.numeric);
        assertTrue(x.isMissing(1));
        assertTrue(x.isMissing(3));
        assertEquals(2, t.column("y").missingCount());
        assertEquals(2, t.column("c").missingCount());
        assertEquals(List.of("a", "b"), t.column("c").categories());
    }

    @Test
    void typesCanBeOverridden() {
        Csv.Options o = new Csv.Options();
        o.categorical.add("zip");
        Table t = Csv.parse("zip,v\n02139,1\n10001,2\n", o);
        assertFalse(t.column("zip").numeric);
        assertEquals("02139", t.column("zip").strings[0]);
    }

    /** The malformed-file corpus: each file and the exact message a user sees. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ragged row|a,b,c\\n1,2,3\\n4,5\\n|line 3 has 2 fields, but line 1 has 3",
        "ragged row, semicolons|a;b;c\\n1;2;3\\n4;5;6;7\\n|line 3 has 4 fields, but line 1 has 3 (delimiter ';')",
        "unclosed quote|a,b\\n1,\"oops\\n2,3\\n|line 2: a quoted field is never closed",
        "empty file|EMPTY|the file is empty",
        "header only|a,b,c\\n|the file has a header but no data rows",
        "duplicate name|a,b,a\\n1,2,3\\n|line 1: the column name 'a' appears twice",
    })
    void malformedFilesGetAMessageNamingTheLine(String name, String text, String message) {
        String body = text.equals("EMPTY") ? "" : text.replace("\\n", "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.parse(body));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aForcedNumericColumnNamesTheBadCell() {
        Csv.Options o = new Csv.Options();
        o.numeric.add("bmi");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csv.parse("age,bmi\n19,27.9\n20,abc\n", o));
        assertEquals("line 3, column 'bmi': 'abc' is not a number", e.getMessage());
    }

    @Test
    void limitsOnSizeColumnsAndRowsHaveClearMessages() {
        Csv.Options o = new Csv.Options();
        o.maxBytes = 10;
        assertEquals("the file is 0.0 MB, more than the limit of 0.0 MB",
                assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\n1,2\n3,4\n", o)).getMessage());
        Csv.Options cols = new Csv.Options();
        cols.maxColumns = 2;
        assertEquals("line 1 has 3 fields, more than the limit of 2 columns",
                assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b,c\n1,2,3\n", cols)).getMessage());
        Csv.Options rows = new Csv.Options();
        rows.maxRows = 2;
        assertEquals("the file has more than 2 rows, the limit",
                assertThrows(IllegalArgumentException.class, () -> Csv.parse("a\n1\n2\n3\n4\n", rows)).getMessage());
    }

    @Test
    void theInsuranceFileParsesWithBothLineEndings() {
        String lf = "age,sex,bmi,children,smoker,region,charges\n19,female,27.9,0,yes,southwest,16884.924\n"
                + "18,male,33.77,1,no,southeast,1725.5523\n";
        Table a = Csv.parse(lf);
        Table b = Csv.parse(lf.replace("\n", "\r\n"));
        assertEquals(a.names(), b.names());
        assertEquals(a.column("charges").numbers[1], b.column("charges").numbers[1], 0);
        assertEquals(7, a.columns().size());
    }
}
