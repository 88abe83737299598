package org.civilaffairs.reconcile.report;

import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.civilaffairs.reconcile.aggregate.AggregateRow;

/**
 * The report's line chart in the workbook, drawn from the cells of the monthly sheet (so it follows
 * them when an analyst edits a figure): households per street and month, one line per street, the
 * district total left out as in the HTML page. Like the page's chart, the first line is the widest and
 * each street has its own marker, so that two streets with equal figures stay visible.
 */
final class XlsxChart {

    private static final MarkerStyle[] MARKERS = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.DIAMOND,
        MarkerStyle.TRIANGLE, MarkerStyle.X, MarkerStyle.STAR, MarkerStyle.PLUS};
    private static final int HEIGHT_ROWS = 17;

    private XlsxChart() {
    }

    /**
     * The chart under the table whose first pair of rows is under {@link XlsxReport#HEADER_ROW}, from row
     * {@code top} on; returns the first row under it.
     */
    static int households(XSSFSheet sheet, Report.MonthlyTable table, int top) {
        int months = table.figures().span().size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(months + 3, 10), top + HEIGHT_ROWS));
        chart.setTitleText(table.title().replace("与发放金额", ""));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("月份");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("户数");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        XDDFDataSource<String> monthLabels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(XlsxReport.HEADER_ROW, XlsxReport.HEADER_ROW, 2, months + 1));
        List<StreetMonths> streets = table.figures().streets();
        int lines = (int) streets.stream().filter(s -> !s.street().equals(AggregateRow.DISTRICT)).count();
        int line = 0;
        for (int i = 0; i < streets.size(); i++) {
            if (streets.get(i).street().equals(AggregateRow.DISTRICT)) {
                continue;
            }
            int row = XlsxReport.HEADER_ROW + 1 + 2 * i;
            XDDFNumericalDataSource<Double> households = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(row, row, 2, months + 1));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(monthLabels, households);
            series.setTitle(streets.get(i).street(), new CellReference(sheet.getSheetName(), row, 0, true, true));
            style(series, line++, lines);
        }
        chart.plot(data);
        return top + HEIGHT_ROWS;
    }

    /**
     * Wider lines for the lines drawn first, so a line drawn over one of them leaves its rim in view, and a
     * marker shape per line; the colours of the HTML chart. (Marker sizes stay the default: poi-ooxml-lite
     * lacks their schema type.)
     */
    private static void style(XDDFChartData.Series series, int index, int count) {
        double below = count < 2 ? 0 : (count - 1 - index) / (double) (count - 1);
        XDDFLineChartData.Series line = (XDDFLineChartData.Series) series;
        String hex = SvgLineChart.COLOURS[index % SvgLineChart.COLOURS.length];
        XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(hex.substring(1))));
        line.setSmooth(false);
        line.setMarkerStyle(MARKERS[index % MARKERS.length]);
        XDDFShapeProperties marker = new XDDFShapeProperties();
        marker.setFillProperties(colour);
        line.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
        XDDFLineProperties stroke = new XDDFLineProperties(colour);
        stroke.setWidth(1.75 + 2.5 * below);
        line.setLineProperties(stroke);
    }
}
