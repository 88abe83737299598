package org.civilaffairs.reconcile.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Chinese names from a hash: common surnames, given names of one or two characters, a few minority names. */
final class Names {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";
    private static final String FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";
    private static final String[] MINORITY = {"阿依古丽·买买提", "热依拉·艾则孜", "买买提·吐尔逊", "古丽娜尔·阿不都", "艾力·司马义"};

    /** Characters of the pools that sound alike (same toneless pinyin, from pinyin4j), as a clerk may mishear them. */
    private static final Map<Character, List<Character>> HOMOPHONES = homophones(SURNAMES + MALE + FEMALE);

    private Names() {
    }

    /** The name with one character replaced by another of the pools that sounds the same, or null if none does. */
    static String homophone(String name, SplittableRandom random) {
        int start = random.nextInt(name.length());
        for (int k = 0; k < name.length(); k++) {
            int at = (start + k) % name.length();
            List<Character> alike = HOMOPHONES.getOrDefault(name.charAt(at), List.of());
            if (!alike.isEmpty()) {
                char other = alike.get(random.nextInt(alike.size()));
                return name.substring(0, at) + other + name.substring(at + 1);
            }
        }
        return null;
    }

    private static Map<Character, List<Character>> homophones(String pools) {
        HanyuPinyinOutputFormat toneless = new HanyuPinyinOutputFormat();
        toneless.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        Map<String, Set<Character>> bySound = new TreeMap<>();
        for (char c : pools.toCharArray()) {
            try {
                String[] sounds = PinyinHelper.toHanyuPinyinStringArray(c, toneless);
                if (sounds != null && sounds.length > 0) {
                    bySound.computeIfAbsent(sounds[0], s -> new TreeSet<>()).add(c);
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        Map<Character, List<Character>> alike = new HashMap<>();
        for (Set<Character> group : bySound.values()) {
            for (char c : group) {
                alike.put(c, group.stream().filter(o -> o != c).toList());
            }
        }
        return alike;
    }

    static String of(long hash, boolean male) {
        if (hash % 5000 == 0) {
            return MINORITY[(int) ((hash >>> 13) % MINORITY.length)];
        }
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(3);
        name.append(SURNAMES.charAt((int) ((hash >>> 1) % SURNAMES.length())));
        name.append(pool.charAt((int) ((hash >>> 11) % pool.length())));
        if ((hash >>> 21) % 4 != 0) {
            name.append(pool.charAt((int) ((hash >>> 27) % pool.length())));
        }
        return name.toString();
    }
}
