package org.civilaffairs.reconcile.bench;

import java.util.List;

/** Street offices (街道) of Wuhan's central districts; a city-scale inbox uses more of them. */
final class Streets {

    private static final List<String> ALL = List.of("汉正街", "宗关街", "汉水桥街", "宝丰街", "荣华街", "汉中街", "六角亭街",
            "长丰街", "易家街", "韩家墩街", "古田街", "民族街", "花楼街", "水塔街", "民权街", "满春街", "民意街", "新华街", "万松街",
            "唐家墩街", "北湖街", "常青街", "汉兴街", "前进街", "大智街", "一元街", "车站街", "四唯街", "永清街", "西马街", "球场街",
            "劳动街", "二七街", "新村街", "丹水池街", "台北街", "花桥街", "谌家矶街", "后湖街", "塔子湖街", "积玉桥街", "杨园街",
            "徐家棚街", "粮道街", "中华路街", "黄鹤楼街", "紫阳街", "白沙洲街", "首义路街", "中南路街", "水果湖街", "珞珈山街",
            "石洞街", "南湖街");

    /** A street name that no policy lists. */
    static final String UNKNOWN = "光明街";

    private Streets() {
    }

    /** About one street office per 20,000 roster rows, at least 4. */
    static List<String> forRows(long rows) {
        int n = (int) Math.max(4, Math.min(ALL.size(), rows / 20_000));
        return ALL.subList(0, n);
    }

    /** The alias streets also write: {@code 汉正街道}. */
    static String alias(String street) {
        return street + "道";
    }
}
