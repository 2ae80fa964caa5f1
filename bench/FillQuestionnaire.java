import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a questionnaire downloaded from Custodes the way a company would offline: an answer in column G of every row
 * of sheet "Answers" (chosen from the row's answer type and possible answers) and one row per table indicator in
 * sheet "Tables". The variant (A or B) changes every answer, so that each upload really writes every row.
 * Usage: java -cp 'poi jars' bench/FillQuestionnaire.java in.xlsx out.xlsx A|B TABLE-CODE...
 */
public class FillQuestionnaire {

    public static void main(String[] args) throws Exception {
        var b = "B".equals(args[2]);
        var tables = List.of(args).subList(3, args.length);
        try (var in = new FileInputStream(args[0]); var workbook = new XSSFWorkbook(in)) {
            var formatter = new DataFormatter();
            var answers = workbook.getSheet("Answers");
            var filled = 0;
            for (var row : answers) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                var type = formatter.formatCellValue(row.getCell(3));
                var possible = formatter.formatCellValue(row.getCell(4));
                var n = row.getRowNum() + (b ? 1 : 0);
                var value = switch (type) {
                    case "YES_NO" -> b ? "NO" : "YES";
                    case "YES_PARTLY_NO_NA" -> b ? "PARTLY" : "YES";
                    case "SINGLE_CHOICE" -> choice(possible, b ? 1 : 0);
                    case "MULTIPLE_CHOICE" -> choice(possible, 0) + ";" + choice(possible, b ? 2 : 1);
                    case "WHOLE_NUMBER" -> String.valueOf(10 + n % 500);
                    case "PERCENTAGE" -> String.valueOf(40 + n % 60);
                    case "DATE" -> (b ? "2026-03-" : "2026-02-") + (10 + n % 18);
                    case "SHORT_TEXT" -> (b ? "Deputy head" : "Head") + " of compliance";
                    case "LONG_TEXT" -> (b ? "Revised: " : "") + "Our procedure is reviewed yearly by the board and"
                            + " communicated to every guard during induction and refresher training.";
                    default -> null;
                };
                if (value != null) {
                    row.createCell(6).setCellValue(value);
                    filled++;
                }
            }
            var sheet = workbook.getSheet("Tables");
            var next = sheet.getLastRowNum() + 1;
            for (var code : tables) {
                for (var cell : List.of(List.of("country", b ? "Kenya" : "Uganda"), List.of("personnel", b ? "42" : "40"),
                        List.of("checked_on", "2026-03-1" + (b ? 2 : 1)), List.of("compliant", "YES"))) {
                    var row = sheet.createRow(next++);
                    row.createCell(0).setCellValue(code);
                    row.createCell(1).setCellValue("1");
                    row.createCell(2).setCellValue(cell.get(0));
                    row.createCell(3).setCellValue(cell.get(1));
                }
                filled++;
            }
            try (var out = new FileOutputStream(args[1])) {
                workbook.write(out);
            }
            System.out.println(filled);
        }
    }

    /** The code of the n-th possible answer in "CODE = label | CODE = label". */
    private static String choice(String possible, int n) {
        var options = possible.replace(" (A;B)", "").split(" \\| ");
        return options[n % options.length].split(" = ")[0].strip();
    }
}
