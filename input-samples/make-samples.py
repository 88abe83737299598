#!/usr/bin/env python3
"""Writes the sample inbox of 青禾市东坪区 (a fictional district) for June and July 2019.

Every person, household and reference row here is made up. ID numbers use the area code 990402,
which belongs to no province, so no sample ID can be a real person's. The output is the same bytes
on every run:  python3 input-samples/make-samples.py  (from any directory; it rewrites 2019-06/
and 2019-07/ beside this script). README.md in this folder says what each file demonstrates and
what the pipeline must make of it.
"""
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREA = "990402"
M1, M2 = "2019-06", "2019-07"

# ----------------------------------------------------------------------------- ID numbers (GB 11643)

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def valid(idn):
    return len(idn) == 18 and idn[:17].isdigit() and check_char(idn[:17]) == idn[17]


PEOPLE = {}  # name -> ID number


def person(name, birth, seq):
    first17 = AREA + birth + "%03d" % seq
    PEOPLE[name] = first17 + check_char(first17)


def person_with_x(name, birth):
    """A person whose check character is X (the roster types it as a lower-case x)."""
    seq = next(s for s in range(101, 1000) if check_char(AREA + birth + "%03d" % s) == "X")
    person(name, birth, seq)


def pid(name):
    return PEOPLE[name]


def transposed(idn, i):
    """Characters i and i+1 (0-based) swapped."""
    broken = idn[:i] + idn[i + 1] + idn[i] + idn[i + 2:]
    assert broken != idn and not valid(broken), broken
    return broken


def substituted(idn, i, digit):
    broken = idn[:i] + digit + idn[i + 1:]
    assert broken != idn and not valid(broken), broken
    return broken


def fifteen(idn):
    """The old 15-digit form: no century digits, no check character."""
    return idn[:6] + idn[8:17]


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def bank(name):
    return "62170099" + pid(name)[8:14] + pid(name)[14:17] + "00"


def phone(name):
    return "1390000" + pid(name)[13:17]


# ----------------------------------------------------------------------------- people

# 柳湾街
person("周建国", "19580314", 11)    # LWCS-001 head and CJSH-001 (living subsidy inside a BASIC household)
person("王秀英", "19600702", 22)
person("陈志强", "19700520", 31)    # LWCS-002: the wife's social-insurance wage -> INCOME_OVER
person("刘芳", "19720911", 42)
person("赵德明", "19490108", 51)    # LWCS-003: the wife died 2019-04-12 -> DECEASED_MEMBER (June)
person("孙桂兰", "19510430", 62)
person("吴海涛", "19801125", 71)    # LWCS-004: owns a car -> VEHICLE (July: vehicle carried forward)
person("郑丽华", "19660217", 82)    # LWCS-005: two digits of the ID swapped, repaired
person_with_x("冯国平", "19550809")  # LWCS-006: check character typed as a lower-case x
person("何秀珍", "19571203", 102)   # LWCS-006: 15-digit ID
person("许文斌", "19750606", 111)   # LWCS-007 and SQCS-003: paid by two streets -> DUPLICATE_ENROLLMENT
person("林国栋", "19681010", 131)   # LWCS-008: head row BAD_DATE (June), so the son's row is NO_HEAD
person("林小军", "19950122", 141)
person("黄美玲", "19790315", 152)   # LWCS-009: negative amount -> BAD_AMOUNT
person("高建平", "19830303", 161)   # LWCS-010: new in July
person("钱玉山", "19400505", 171)   # LWTK-001: died 2019-06-15 -> DECEASED_MEMBER in July only
person("马秀云", "19450919", 182)   # LWTK-002 and a member of MLCS-006 -> DUPLICATE_ENROLLMENT
person("黄玉梅", "19460404", 192)   # LWTK-003 (July): amount 1O50 -> BAD_AMOUNT
# 石桥街
person("唐志明", "19620404", 211)
person("唐丽", "19900808", 222)     # her row is sent twice in June -> collapsed
person("邓建华", "19591212", 231)   # SQCS-002: deposits -> DEPOSIT_OVER
person("邓秀梅", "19610303", 242)
person("彭立新", "19710707", 251)   # SQCS-004: two flats -> PROPERTY_OVER
person("曾国华", "19650515", 261)   # SQCS-005: one flat co-owned by the couple -> no flag
person("曾淑芬", "19660616", 272)
person("蒋卫东", "19730323", 281)   # SQCS-006: a live company and a car -> BUSINESS;VEHICLE
person("蔡明", "19770717", 291)     # SQCS-007: shareholder of a cancelled company -> no flag
person("韩春生", "19520202", 301)   # SQTK-001: on the public payroll -> PUBLIC_EMPLOYEE
person("谢永刚", "19690909", 311)   # SQCS-008 (June): the daughter repeats another amount -> AMOUNT_CONFLICT
person("谢婷", "19940404", 322)
person("宋志伟", "19740808", 331)   # SQCS-010 (June): one field too many -> COLUMN_COUNT
person("罗大勇", "19670101", 341)   # street 北门街 -> UNKNOWN_STREET
person("梁小红", "19800202", 352)   # program 低收入家庭 -> UNKNOWN_PROGRAM
person("范志刚", "19860606", 361)   # SQCS-011: new in July
person("石美华", "19630918", 372)   # SQCS-012 (July): head row without amount -> MISSING_FIELD
# 梅岭街
person("杨帆", "19850101", 401)
person("朱永红", "19630621", 412)   # MLCS-002: one wrong digit, repaired
person("秦晓东", "19781030", 421)   # MLCS-003: check character missing, repaired by birth date
person("尤金凤", "19581111", 432)   # MLCS-004: spreadsheet notation -> ID_UNRESOLVED
person("何建军", "19670115", 441)   # MLCS-005 (June): two different heads -> MULTIPLE_HEADS
person("何丽娟", "19690225", 452)
person("马文", "19820330", 461)
person("阿依古丽·买买提", "19880818", 472)  # MLCS-007: another middle dot in the roster, same person
person("施长林", "19501010", 481)   # MLNC-001: a death row without a date -> no flag
person("严国强", "19560414", 491)   # MLNC-002: the mother's pension -> INCOME_OVER
person("严桂花", "19330505", 502)
person("金大山", "19470727", 511)   # MLNC-003: the wife is 死亡 in the registry -> DECEASED_MEMBER
person("柳翠兰", "19490909", 522)
person("孔德才", "19570812", 531)   # MLNC-004 (June): enrolment date 2019-13-01 -> BAD_DATE
# 渡口街
person("钟福生", "19531225", 601)   # DKNC-001 (full-width ID) and DKLS-001: relief is no duplicate
person("邱水根", "19600130", 611)   # DKNC-002: a motorcycle is exempt -> no flag
person("江丽萍", "19721201", 622)   # DKNC-003: a shop -> PROPERTY_OVER
person("汤小兵", "20050505", 631)   # DKNC-004 (June): no head row -> NO_HEAD
person("汤小梅", "20080808", 642)
person("汤国富", "19780315", 651)   # DKNC-004 (July): the head is sent
person("龚大海", "19640424", 661)   # DKNC-005: provident-fund base -> INCOME_OVER
person("卢春花", "19760626", 672)   # DKNC-006: declared income 500 > 480 (June), not > 520 (July)
person("田宝强", "19810801", 681)   # DKLS-002, DKLS-003
person("彭小燕", "19890214", 692)   # relief file without an ID column (July, file rejected)
# district-wide rosters
person("方小燕", "19900214", 702)   # CJSH-002: living subsidy outside any BASIC household
person("白玉洁", "19990929", 712)   # CJHL-001
person("葛根生", "19380308", 721)   # CJHL-002: died 2019-05-20 -> DECEASED_MEMBER (June)
person("夏桂英", "19300202", 732)   # LWGL-001: 89
person("万福来", "19410101", 741)   # SQGL-001: 78 -> AGE_INELIGIBLE
person("邹寿山", "19390601", 751)   # MLGL-001: 80 on 2019-06-01 exactly -> eligible
person("汪小雨", "20101010", 762)   # DKGE-001: 8
person("苏晓峰", "20000303", 771)   # LWGE-001: 19 -> AGE_INELIGIBLE
person("吕佳", "20010620", 782)     # MLGE-001: 17 in June, 18 on 2019-07-01 -> AGE_INELIGIBLE in July
# in the reference files only
person("杜文涛", "19720304", 801)
person("陆建英", "19550505", 812)
person("孟凡军", "19690812", 821)

# ----------------------------------------------------------------------------- CSV files


def cell(value, quote_all):
    if quote_all or any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write(relative, header, rows, encoding="utf-8", bom=False, eol="\r\n", quote_all=False):
    """rows: lists of cells, or a str written as the whole line (blank lines, bare separators)."""
    lines = [",".join(cell(h, quote_all) for h in header)]
    lines += [r if isinstance(r, str) else ",".join(cell(v, quote_all) for v in r) for r in rows]
    data = (eol.join(lines) + eol).encode(encoding)
    path = HERE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def roster(relative, columns, rows, **dialect):
    """columns: (header text, field) pairs; rows: dicts made by r(), cell lists, or raw str lines."""
    write(relative, [h for h, _ in columns],
          [x if not isinstance(x, dict) else [x.get(f, "") for _, f in columns] for x in rows], **dialect)


def r(street, community, program, household, name, relation, amount="", **more):
    row = {"street": street, "community": community, "program": program, "household": household,
           "name": name, "id": pid(name) if name in PEOPLE else "", "relation": relation, "amount": amount}
    row.update(more)
    return row


CANONICAL = [("街道", "street"), ("社区", "community"), ("救助类别", "program"), ("户编号", "household"),
             ("姓名", "name"), ("身份证号", "id"), ("与户主关系", "relation"), ("月保障金", "amount"),
             ("家庭月收入", "income"), ("纳入日期", "enrolled"), ("银行账号", "bank"), ("联系电话", "phone")]
ASCII = [("Street", "street"), ("Community", "community"), ("PROGRAM", "program"), ("Household_ID", "household"),
         ("Name", "name"), ("ID_Number", "id"), ("Relation", "relation"), ("Amount", "amount"),
         ("Declared_Income", "income"), ("Enrolled_On", "enrolled"), ("Bank_Account", "bank"), ("Phone", "phone")]
ALIASES = [("街道名称", "street"), ("社区", "community"), ("保障类别", "program"), ("家庭编号", "household"),
           (" 姓名 ", "name"), ("公民身份号码", "id"), ("与户主关系", "relation"), ("保障金额", "amount"),
           ("家庭月收入", "income"), ("纳入日期", "enrolled"), ("备注", "note")]
GB = {"encoding": "gb18030"}

# ----------------------------------------------------------------------------- 柳湾街


def liuwan(month):
    """The street's roster as first sent; June and July carry the same two bad households."""
    june = month == M1
    s, lw, xq = "柳湾街", "柳湾社区", "新桥社区"
    a1, a2 = ("700", "1,400.00") if june else ("740", "1,480.00")
    rows = [
        r(s, lw, "城市低保", "LWCS-001", "周建国", "户主", a2, enrolled="2015-03-01", bank=bank("周建国"), phone=phone("周建国")),
        r(s, lw, "城市低保", "LWCS-001", "王秀英", "配偶", a2, enrolled="2015-03-01"),
        r(s, lw, "城市最低生活保障", "LWCS-002", "陈志强", "户主", a2, enrolled="2016/8/15", bank=bank("陈志强")),
        r(s, lw, "城市最低生活保障", "LWCS-002", "刘芳", "配偶"),
        r(s, lw, "城市低保", "LWCS-003", "赵德明", "户主", a2, enrolled="2012.05.01"),
        r(s, lw, "城市低保", "LWCS-003", "孙桂兰", "配偶", enrolled="2012.05.01"),
        r(s, xq, "城市低保", "LWCS-004", "吴海涛", "本人", a1 + "元", enrolled="20180110", phone=phone("吴海涛")),
        r(s, xq, "城市低保", "LWCS-005", "郑丽华", "户主", "￥" + a1, enrolled="2017年3月1日",
          id=transposed(pid("郑丽华"), 10)),
        r(s, xq, "城市低保", "LWCS-006", "冯国平", "户主", a2, enrolled="2014-11-20", id=pid("冯国平").lower()),
        r(s, xq, "城市低保", "LWCS-006", "何秀珍", "配偶", a2, id=fifteen(pid("何秀珍"))),
        r(s, lw, "城市低保", "LWCS-007", "许文斌", "本人", a1, enrolled="2016-01-05"),
        r(s, lw, "城市低保", "LWCS-008", "林国栋", "户主", a2, enrolled="2019-02-30"),
        r(s, lw, "城市低保", "LWCS-008", "林小军", "子"),
        r(s, lw, "城市低保", "LWCS-009", "黄美玲", "户主", "-" + a1, enrolled="2018-06-01"),
    ]
    if june:
        rows.append(",,,,,,,,,,,")
    ttk = "1,050.00" if june else "1,110.00"
    rows += [
        r("柳湾街道", lw, "特困供养", "LWTK-001", "钱玉山", "本人", ttk, enrolled="2010-10-01"),
        r("柳湾街街道办事处", xq, "特困人员", "LWTK-002", "马秀云", "本人", ttk, enrolled="2019-03-01"),
    ]
    if not june:
        rows.append(r(s, xq, "特困人员", "LWTK-003", "黄玉梅", "本人", "1O50", enrolled="2019-07-01"))
    roster(f"{month}/rosters/柳湾街_{month}.csv", CANONICAL, rows, **GB)


def liuwan_v2():
    """The corrected July roster of 柳湾街 城市低保: it supersedes that pair of the first file."""
    s, lw, xq = "柳湾街", "柳湾社区", "新桥社区"
    columns = [("household_id", "household"), ("name", "name"), ("id_number", "id"), ("relation", "relation"),
               ("amount", "amount"), ("declared_income", "income"), ("enrolled_on", "enrolled"),
               ("street", "street"), ("community", "community"), ("program", "program")]
    p = "URBAN_DIBAO"
    rows = [
        r(s, lw, p, "LWCS-001", "周建国", "户主", "¥1480", enrolled="2015-03-01"),
        r(s, lw, p, "LWCS-001", "王秀英", "配偶", "¥1480", enrolled="2015-03-01"),
        r(s, lw, p, "LWCS-002", "陈志强", "户主", "¥1480", enrolled="2016-08-15"),
        r(s, lw, p, "LWCS-002", "刘芳", "配偶"),
        r(s, lw, p, "LWCS-003", "赵德明", "本人", "¥740", enrolled="2012-05-01"),
        r(s, xq, p, "LWCS-004", "吴海涛", "本人", "¥740", enrolled="2018-01-10"),
        r(s, xq, p, "LWCS-005", "郑丽华", "户主", "¥740", enrolled="2017-03-01"),
        r(s, xq, p, "LWCS-006", "冯国平", "户主", "¥1480", enrolled="2014-11-20"),
        r(s, xq, p, "LWCS-006", "何秀珍", "配偶", "¥1480"),
        r(s, lw, p, "LWCS-008", "林国栋", "户主", "¥1480", enrolled="2019-02-28"),
        r(s, lw, p, "LWCS-008", "林小军", "子"),
        r(s, lw, p, "LWCS-009", "黄美玲", "户主", "¥740", enrolled="2018-06-01"),
        r(s, lw, p, "LWCS-010", "高建平", "户主", "¥740", enrolled="2019-07-01"),
    ]
    roster(f"{M2}/rosters/柳湾街_{M2}_v2.csv", columns, rows, bom=True, eol="\n")


# ----------------------------------------------------------------------------- 石桥街


def shiqiao(month):
    june = month == M1
    s, sq = "石桥街", "石桥社区"
    a1, a2 = ("700", "1400元") if june else ("740", "1480元")
    rows = [
        r("石桥街道", sq, "URBAN_DIBAO", "SQCS-001", "唐志明", "户主", a2, enrolled="2014/3/8", bank=bank("唐志明")),
        r("石桥街道", sq, "URBAN_DIBAO", "SQCS-001", "唐丽", "女", a2, enrolled="2014/3/8"),
    ]
    if june:
        rows.append(rows[-1])
    rows += [
        r(s, sq, "urban_dibao", "SQCS-002", "邓建华", "户主", a2, enrolled="2013/10/9"),
        r(s, sq, "urban_dibao", "SQCS-002", "邓秀梅", "配偶"),
        r(s, sq, "城市低保", "SQCS-003", "许文斌", "户主", a1, enrolled="2019/5/20", phone=phone("许文斌")),
        r(s, sq, "城市低保", "SQCS-004", "彭立新", "本人", a1, enrolled="2017/2/14"),
        r(s, sq, "城市低保", "SQCS-005", "曾国华", "户主", a2, enrolled="2011/6/30"),
        r(s, sq, "城市低保", "SQCS-005", "曾淑芬", "配偶", a2),
        r(s, sq, "城市低保", "SQCS-006", "蒋卫东", "户主", a1, enrolled="2018/9/3"),
        r(s, sq, "城市低保", "SQCS-007", "蔡明", "户主", a1, enrolled="2018/9/3"),
        r(s, sq, "tekun", "SQTK-001", "韩春生", "本人", "1050" if june else "1110", enrolled="2015/1/1"),
        r(s, sq, "城市低保", "SQCS-008", "谢永刚", "户主", a2, enrolled="2016/4/1"),
        r(s, sq, "城市低保", "SQCS-008", "谢婷", "女", "1500元" if june else a2),
    ]
    if june:
        rows += [
            r("北门街", "北门社区", "城市低保", "BMCS-001", "罗大勇", "户主", a1, enrolled="2017/7/7"),
            r(s, sq, "低收入家庭", "SQDS-001", "梁小红", "户主", "500", enrolled="2019/1/1"),
            [s, sq, "城市低保", "SQCS-010", "宋志伟", pid("宋志伟"), "户主", a1, "", "2018/1/1", "", "", "多出的一列"],
        ]
    else:
        rows += [
            r(s, sq, "城市低保", "SQCS-011", "范志刚", "户主", a1, enrolled="2019/7/1"),
            r(s, sq, "城市低保", "SQCS-012", "石美华", "户主", "", enrolled="2019/7/1"),
        ]
    relative = f"{month}/rosters/石桥街_低保特困_{month}.csv"
    roster(relative, ASCII, rows, bom=True, eol="\n")
    if not june:  # the street uploads the same file a second time
        shutil.copyfile(HERE / relative, HERE / f"{month}/rosters/石桥街_低保特困_{month}_重发.csv")


# ----------------------------------------------------------------------------- 梅岭街


def meiling(month):
    june = month == M1
    s, my = ("梅岭街", "梅园社区")
    u1, u2, r1, r2 = ("７００", "１４００", "４８０", "９６０") if june else ("740", "1480", "520", "1040")
    rows = [
        r(s, my, "城市最低生活保障", "MLCS-001", "杨帆", "本人", u1, enrolled="2017.09.01",
          note="家访记录：\n已核实" if june else ""),
        r(s, my, "城市最低生活保障", "MLCS-002", "朱永红", "户主", u1, enrolled="2016.03.15",
          id=substituted(pid("朱永红"), 11, "8") if june else pid("朱永红")),
        r(s, my, "城市最低生活保障", "MLCS-003", "秦晓东", "户主", u1, enrolled="2018.12.01",
          id=pid("秦晓东")[:17]),
        r(s, my, "城市最低生活保障", "MLCS-004", "尤金凤", "户主", u1, enrolled="2015.05.05",
          id="9.90402E+17", note='"E+17" 是表格软件改写的'),
        r(s, my, "城市最低生活保障", "MLCS-005", "何建军", "户主", u2, enrolled="2019.04.01"),
        r(s, my, "城市最低生活保障", "MLCS-005", "何丽娟", "本人", u2) if june
        else r(s, my, "城市最低生活保障", "MLCS-005", "何丽娟", "配偶"),
        r(s, my, "城市最低生活保障", "MLCS-006", "马文", "户主", u2, enrolled="2019.02.01"),
        r(s, my, "城市最低生活保障", "MLCS-006", "马秀云", "父母"),
        r(s, my, "城市最低生活保障", "MLCS-007", "阿依古丽•买买提", "本人", u1, enrolled="2018.08.08",
          id=pid("阿依古丽·买买提")),
        r("梅岭街道" if june else "东坪区梅岭街", "梅岭村", "农村低保", "MLNC-001", "施长林", "户主", r1, enrolled="2009.01.01"),
        r(s, "梅岭村", "农村最低生活保障", "MLNC-002", "严国强", "户主", r2, enrolled="2012.07.01"),
        r(s, "梅岭村", "农村最低生活保障", "MLNC-002", "严桂花", "父母"),
        r(s, "梅岭村", "农村低保", "MLNC-003", "金大山", "户主", r2, enrolled="2010.10.10"),
        r(s, "梅岭村", "农村低保", "MLNC-003", "柳翠兰", "配偶"),
        r(s, "梅岭村", "农村低保", "MLNC-004", "孔德才", "户主", r1, enrolled="2019.13.01" if june else "2019.06.01"),
    ]
    roster(f"{month}/rosters/梅岭街_{month}.csv", ALIASES, rows, eol="\r\n", quote_all=True)


# ----------------------------------------------------------------------------- 渡口街

DUKOU = [("街道", "street"), ("社区", "community"), ("救助类别", "program"), ("户编号", "household"),
         ("姓名", "name"), ("身份证号码", "id"), ("与户主关系", "relation"), ("月保障金", "amount"),
         ("家庭月收入", "income"), ("纳入日期", "enrolled"), ("银行账号", "bank")]


def dukou(month):
    june = month == M1
    s, dk = "渡口街", "渡口村"
    a1, a3 = ("480元", "1440元") if june else ("520元", "1560元")
    qiu = pid("邱水根")
    rows = [
        r(s, dk, "农村最低生活保障", "DKNC-001", "钟福生", "户主", a1, enrolled="2016年4月1日",
          id=fullwidth(pid("钟福生")), bank=bank("钟福生")),
        r(s, dk, "农村最低生活保障", "DKNC-002", "邱水根", "户主", a1, enrolled="2016年4月1日",
          id=" ".join([qiu[:6], qiu[6:14], qiu[14:]])),
        r(s, dk, "农村最低生活保障", "DKNC-003", "江丽萍", "户主", a1, enrolled="2017年9月12日"),
        "",
    ]
    if june:
        rows += [r(s, dk, "农村最低生活保障", "DKNC-004", "汤小兵", "子", enrolled="2018年1月1日"),
                 r(s, dk, "农村最低生活保障", "DKNC-004", "汤小梅", "女", enrolled="2018年1月1日")]
    else:
        rows += [r(s, dk, "农村最低生活保障", "DKNC-004", "汤国富", "户主", a3, enrolled="2018年1月1日"),
                 r(s, dk, "农村最低生活保障", "DKNC-004", "汤小兵", "子"),
                 r(s, dk, "农村最低生活保障", "DKNC-004", "汤小梅", "女")]
    rows += [
        "   ",
        r(s, dk, "农村低保", "DKNC-005", "龚大海", "户主", a1, enrolled="2019年2月1日"),
        r(s, dk, "农村低保", "DKNC-006", "卢春花", "户主", a1, income="500元", enrolled="2019年3月1日"),
    ]
    if june:
        rows += [r(s, dk, "临时救助", "DKLS-001", "钟福生", "户主", "￥2,000", enrolled="2019年6月3日"),
                 r(s, dk, "临时救助", "DKLS-002", "田宝强", "户主", "￥1500", enrolled="2019年6月10日")]
    else:
        rows += [r(s, dk, "临时救助", "DKLS-003", "田宝强", "户主", "￥800", enrolled="2019年7月2日")]
    roster(f"{month}/rosters/渡口街_{month}.csv", DUKOU, rows, eol="\n", **GB)


def dukou_relief_without_ids():
    """A relief roster typed without the ID column: the whole file is rejected."""
    columns = [h for h in DUKOU if h[1] not in ("id", "bank")]
    rows = [r("渡口街", "渡口村", "临时救助", "DKLS-004", "彭小燕", "户主", "￥800", enrolled="2019/7/5"),
            r("渡口街", "渡口村", "临时救助", "DKLS-005", "田宝强", "户主", "￥300", enrolled="2019/7/9"),
            ""]
    roster(f"{M2}/rosters/渡口街_临时救助_{M2}.csv", columns, rows, eol="\r\n")


# ----------------------------------------------------------------------------- district-wide rosters


def disability(month):
    june = month == M1
    columns = [("street", "street"), ("community", "community"), ("program", "program"),
               ("household_id", "household"), ("name", "name"), ("id_number", "id"), ("relation", "relation"),
               ("amount", "amount"), ("bank_account", "bank")]
    rows = [
        r("柳湾街", "柳湾社区", "困难残疾人生活补贴", "CJSH-001", "周建国", "本人", "¥100", bank=bank("周建国")),
        r("石桥街", "石桥社区", "困难残疾人生活补贴", "CJSH-002", "方小燕", "本人", "¥100", bank=bank("方小燕")),
        r("梅岭街", "梅园社区", "重度残疾人护理补贴", "CJHL-001", "白玉洁", "本人", "¥100"),
    ]
    if june:
        rows.append(r("渡口街", "渡口村", "DISABILITY_CARE", "CJHL-002", "葛根生", "本人", "¥100"))
    roster(f"{month}/rosters/区残联_残疾人两项补贴_{month}.csv", columns, rows, bom=True, eol="\r\n")


def elderly_and_orphans(month):
    """The same bytes both months: an unchanged roster of the next month is that month's roster."""
    columns = CANONICAL[:8]
    rows = [
        r("柳湾街", "柳湾社区", "高龄津贴", "LWGL-001", "夏桂英", "本人", "100元"),
        r("石桥街", "石桥社区", "ELDERLY_ALLOWANCE", "SQGL-001", "万福来", "本人", "100元"),
        r("梅岭街", "梅园社区", "高龄津贴", "MLGL-001", "邹寿山", "本人", "100元"),
        r("渡口街", "渡口村", "散居孤儿", "DKGE-001", "汪小雨", "本人", "1200元"),
        r("柳湾街", "新桥社区", "orphan", "LWGE-001", "苏晓峰", "本人", "1200元"),
        r("梅岭街", "梅园社区", "孤儿", "MLGE-001", "吕佳", "本人", "1200元"),
    ]
    roster(f"{month}/rosters/区民政局_高龄津贴孤儿_{month}.csv", columns, rows, eol="\r\n", **GB)


# ----------------------------------------------------------------------------- reference extracts


def hukou(month):
    june = month == M1
    died = {"柳翠兰": "2019-03-01"} if june else {"柳翠兰": "2019-03-01", "钱玉山": "2019-06-15"}
    rows = []
    for name, idn in PEOPLE.items():
        if name == "陆建英":
            status, date = "迁出", "2018-12-01"
        elif name in died:
            status, date = "死亡", died[name]
        else:
            status, date = "正常", ""
        birth = "%s-%s-%s" % (idn[6:10], idn[10:12], idn[12:14])
        rows.append([idn, name, "男" if int(idn[16]) % 2 else "女", birth, status, date])
    rows.append(["99040219551301123X", "程某", "男", "1955-13-01", "正常", ""])
    write(f"{month}/reference/hukou.csv", ["身份证号", "姓名", "性别", "出生日期", "人口状态", "状态日期"],
          rows, bom=True, eol="\n")


def death(month):
    rows = [[pid("孙桂兰"), "孙桂兰", "2019-04-12"],
            [pid("葛根生"), "葛根生", "2019/5/20"],
            [pid("钱玉山"), "钱玉山", "20190615"],
            [pid("施长林"), "施长林", ""],
            [pid("杜文涛"), "杜文涛", "不详"],
            [substituted(pid("孟凡军"), 16, "9"), "孟凡军", "2019-01-01"]]
    write(f"{month}/reference/death.csv", ["身份证号", "姓名", "死亡日期"], rows, eol="\r\n", **GB)


def property_(month):
    cert = "青(2016)东坪区不动产权第%07d号"
    rows = [[pid("彭立新"), cert % 1231, "68.50", "住宅", "2016-05-01"],
            [pid("彭立新"), cert % 4562, "91.20", "住宅", "2018-03-15"],
            [pid("曾国华"), cert % 7788, "75.00", "住宅", "2011-06-30"],
            [pid("曾淑芬"), cert % 7788, "75.00", "住宅", "2011-06-30"],
            [pid("江丽萍"), cert % 10021, "32.40", "商业", "2017-08-01"],
            [pid("唐志明"), cert % 2003, "55.30", "住宅", "2005-01-20"],
            ["990402********6028", cert % 3333, "80.00", "住宅", "2015-01-01"]]
    write(f"{month}/reference/property.csv", ["id_number", "certificate", "area", "use", "registered_on"],
          rows, eol="\n")


def vehicle(month):
    rows = [[pid("吴海涛"), "青A12345", "小型轿车", "2018-04-01"],
            [pid("蒋卫东"), "青A66K88", "小型普通客车", "2017-11-11"],
            [pid("邱水根"), "青A3K721", "摩托车", "2015-06-01"],
            [pid("杜文涛")[:17], "青A9C110", "小型轿车", "2016-01-01"]]
    write(f"{month}/reference/vehicle.csv", ["身份证号", "号牌号码", "车辆类型", "登记日期"], rows, eol="\r\n", **GB)


def business(month):
    rows = [[pid("蒋卫东"), "91990402MA0000123X", "东坪区卫东建材有限公司", "法定代表人", "存续"],
            [pid("蔡明"), "91990402MA0000456Y", "东坪区明达商贸有限公司", "股东", "注销"],
            [pid("杜文涛"), "92990402MA0000789P", "东坪区文涛小吃店", "经营者", "存续"]]
    write(f"{month}/reference/business.csv", ["身份证号", "统一社会信用代码", "企业名称", "角色", "登记状态"],
          rows, bom=True, eol="\r\n")


def social_insurance(month):
    rows = [[pid("刘芳"), "青禾市东坪区百货公司", "5000", "2019-03"],
            [pid("刘芳"), "青禾市东坪区百货公司", "1200", "2019-05"],
            [pid("刘芳"), "东坪区物业服务中心", "800", "2019-05"]]
    if month == M2:
        rows.append([pid("刘芳"), "青禾市东坪区百货公司", "2100", "2019-06"])
    rows += [[pid("龚大海"), "东坪区建材厂", "1200", "2019-01"],
             [transposed(pid("孟凡军"), 14), "东坪区某局", "4000", "2019-05"]]
    write(f"{month}/reference/social_insurance.csv", ["身份证号", "缴费单位", "缴费基数", "缴费月份"],
          rows, eol="\n", **GB)


def pension(month):
    rows = [[pid("严桂花"), "1100"],
            [fifteen(pid("周建国")), "300"],
            [pid("夏桂英"), "2100.50"],
            ["", "800"]]
    write(f"{month}/reference/pension.csv", ["id_number", "monthly_pension"], rows, eol="\r\n")


def provident_fund(month):
    rows = [[pid("龚大海"), "东坪区建材厂", "1500"],
            [pid("杜文涛"), "东坪区文涛小吃店", "3000"]]
    write(f"{month}/reference/provident_fund.csv", ["身份证号", "缴存单位", "缴存基数"], rows, bom=True, eol="\n")


def public_employee(month):
    rows = [[pid("韩春生"), "东坪区水务局"],
            [pid("孟凡军"), "东坪区某局"]]
    write(f"{month}/reference/public_employee.csv", ["身份证号", "单位名称"], rows, eol="\r\n", **GB)


def deposit(month):
    rows = [[pid("邓建华"), "青禾农商银行", "30000.00"],
            [pid("邓秀梅"), "青禾农商银行", "12,000.00"],
            [pid("唐志明"), "中国邮政储蓄银行", "5000"],
            [pid("陆建英"), "青禾农商银行", "约5万"],
            ["9.90402E+17", "青禾农商银行", "800"]]
    write(f"{month}/reference/deposit.csv", ["身份证号", "bank", "balance"], rows, bom=True, eol="\r\n")


def main():
    for month in (M1, M2):
        shutil.rmtree(HERE / month, ignore_errors=True)
        liuwan(month)
        shiqiao(month)
        meiling(month)
        dukou(month)
        disability(month)
        elderly_and_orphans(month)
        sources = [hukou, death, property_, business, social_insurance, pension, provident_fund,
                   public_employee, deposit]
        if month == M1:
            sources.append(vehicle)  # July has no vehicle extract: June's is carried forward
        for source in sources:
            source(month)
    liuwan_v2()
    dukou_relief_without_ids()


if __name__ == "__main__":
    main()
