package org.civilaffairs.reconcile.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart as inline SVG (no scripts, fonts or links, so the page stays self-contained): one
 * series per name over labelled x positions, with axes, gridlines and a legend. A null value is a
 * gap: the line breaks there instead of falling to zero, and a lone point still shows as a marker.
 * Lines that coincide stay visible: the first series is drawn widest with the largest markers and each
 * later one narrower on top of it, so a line hidden under another still shows as its coloured rim, and
 * every series has its own marker shape (circle, square, diamond, triangle).
 */
public final class SvgLineChart {

    /** One line: its name in the legend and one value per x label (null = no data). */
    public record Series(String name, List<? extends Number> values) {
    }

    /** Distinct on white and for the common colour-vision deficiencies; later series repeat them dashed. */
    static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a"};
    private static final int WIDTH = 1100;
    private static final int LEFT = 80;
    private static final int TOP = 20;
    private static final int PLOT_HEIGHT = 380;
    private static final int LEGEND_WIDTH = 180;
    private static final int LEGEND_ROW = 24;
    private static final int TICKS = 5;
    /** The last series' line width and marker size; each one under it is a step wider, up to {@link #LAYERS} in all. */
    private static final double STROKE = 2.5;
    private static final double MARKER = 3.5;
    private static final double STEP = 2.5;
    private static final double LAYERS = 8;

    private final List<String> xLabels;
    private final String xTitle;
    private final String yTitle;
    private final StringBuilder svg = new StringBuilder();

    private SvgLineChart(List<String> xLabels, String xTitle, String yTitle) {
        this.xLabels = xLabels;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    public static String render(String title, List<String> xLabels, String xTitle, String yTitle, List<Series> series) {
        return new SvgLineChart(xLabels, xTitle, yTitle).draw(title, series);
    }

    private String draw(String title, List<Series> series) {
        int height = Math.max(TOP + PLOT_HEIGHT + 60, TOP + series.size() * LEGEND_ROW + 20);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title>");
        double step = step(series);
        axes(step);
        for (int i = 0; i < series.size(); i++) {
            line(series.get(i), i, series.size(), step);
            legend(series.get(i), i);
        }
        return svg.append("</svg>").toString();
    }

    private void axes(double step) {
        int right = LEFT + plotWidth();
        int bottom = TOP + PLOT_HEIGHT;
        for (int t = 0; t <= TICKS; t++) {
            double y = y(t * step, step);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(right).append("\" y1=\"")
                    .append(number(y)).append("\" y2=\"").append(number(y)).append("\"/>")
                    .append(text(LEFT - 8, y + 4, "end", Display.count((int) Math.round(t * step))));
        }
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(right).append("\" y1=\"").append(bottom)
                .append("\" y2=\"").append(bottom).append("\"/>");
        for (int i = 0; i < xLabels.size(); i++) {
            svg.append(text(x(i), bottom + 20, "middle", xLabels.get(i)));
        }
        svg.append(text(LEFT + plotWidth() / 2.0, bottom + 46, "middle", xTitle));
        svg.append("<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(22 ").append(TOP + PLOT_HEIGHT / 2)
                .append(") rotate(-90)\">").append(Html.escape(yTitle)).append("</text>");
    }

    private void line(Series s, int index, int count, double step) {
        String colour = COLOURS[index % COLOURS.length];
        String dash = index < COLOURS.length ? "" : " stroke-dasharray=\"8 4\"";
        double size = MARKER + 0.8 * below(index, count);
        StringBuilder path = new StringBuilder();
        StringBuilder markers = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < s.values().size(); i++) {
            Number v = s.values().get(i);
            if (v == null) {
                drawing = false;
                continue;
            }
            double y = y(v.doubleValue(), step);
            path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M")).append(number(x(i))).append(' ').append(number(y));
            markers.append(marker(index, x(i), y, size, colour, s.name() + " " + xLabels.get(i) + "：" + v));
            drawing = true;
        }
        svg.append("<g class=\"series\" data-name=\"").append(Html.escape(s.name())).append("\">");
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(number(STROKE + below(index, count)))
                    .append("\" stroke-linejoin=\"round\"").append(dash).append("/>");
        }
        svg.append(markers).append("</g>");
    }

    /**
     * How much wider than the last series this one is drawn: a step per series drawn after it, the steps
     * shrinking when there are many series so that the first line stays at most {@link #LAYERS} wider.
     */
    private static double below(int index, int count) {
        return count < 2 ? 0 : (count - 1 - index) * Math.min(STEP, LAYERS / (count - 1));
    }

    /** A point's marker, its shape by series; a white rim keeps a marker drawn on top of another apart from it. */
    private static String marker(int index, double x, double y, double size, String colour, String title) {
        String paint = " class=\"marker\" fill=\"" + colour + "\" stroke=\"#fff\" stroke-width=\"1\"><title>" + Html.escape(title)
                + "</title>";
        return switch (index % 4) {
            case 0 -> "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"" + number(size) + "\"" + paint + "</circle>";
            case 1 -> "<rect x=\"" + number(x - size) + "\" y=\"" + number(y - size) + "\" width=\"" + number(2 * size)
                    + "\" height=\"" + number(2 * size) + "\"" + paint + "</rect>";
            case 2 -> polygon(paint, x, y - size * 1.3, x + size * 1.3, y, x, y + size * 1.3, x - size * 1.3, y);
            default -> polygon(paint, x, y - size * 1.3, x + size * 1.2, y + size * 0.9, x - size * 1.2, y + size * 0.9);
        };
    }

    private static String polygon(String paint, double... points) {
        StringBuilder p = new StringBuilder("<polygon points=\"");
        for (int i = 0; i < points.length; i += 2) {
            p.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
        }
        return p.append("\"").append(paint).append("</polygon>").toString();
    }

    private void legend(Series s, int index) {
        int x = LEFT + plotWidth() + 24;
        int y = TOP + 8 + index * LEGEND_ROW;
        String colour = COLOURS[index % COLOURS.length];
        String dash = index < COLOURS.length ? "" : " stroke-dasharray=\"8 4\"";
        svg.append("<g class=\"legend\"><line x1=\"").append(x).append("\" x2=\"").append(x + 28).append("\" y1=\"").append(y)
                .append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"3\"").append(dash).append("/>")
                .append(marker(index, x + 14, y, MARKER + 1, colour, s.name()))
                .append(text(x + 36, y + 5, "start", s.name())).append("</g>");
    }

    /** A round tick step (1, 2 or 5 times a power of ten, at least 1) so that {@link #TICKS} steps cover the largest value. */
    static double step(List<Series> series) {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue).max().orElse(0);
        double raw = Math.max(1, max / TICKS);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private int plotWidth() {
        return WIDTH - LEFT - LEGEND_WIDTH;
    }

    private double x(int i) {
        return LEFT + (i + 0.5) * plotWidth() / xLabels.size();
    }

    private static double y(double value, double step) {
        return TOP + PLOT_HEIGHT - value / (step * TICKS) * PLOT_HEIGHT;
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\">" + Html.escape(content) + "</text>";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
