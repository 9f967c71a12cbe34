"""The held-out triage sets stay held out: well-formed, labelled, and absent from every training or rule
fixture. Its verdicts are measured by benchmarks/eval_triage.py, never asserted here (a test that expects
them would turn it into a tuning target)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = Path(__file__).parent / "heldout" / "heldout_triage.jsonl"
# Written and labelled before any run, after the first set had been spent on finding failure classes.
HELDOUT2 = Path(__file__).parent / "heldout" / "heldout2_triage.jsonl"
# Written and labelled by someone who never saw the rules or ran the classifier, while the second
# set's failure classes were being fixed by someone who never saw this one.
HELDOUT3 = Path(__file__).parent / "heldout" / "heldout3_triage.jsonl"
# Written from a brief (what each kind is, which languages and tricks to cover) by someone who never saw the
# rules, the code, the data or the other sets; committed before its one evaluation.
HELDOUT4 = Path(__file__).parent / "heldout" / "heldout4_triage.jsonl"
# The same brief, a new writer, after the fourth set's classes were fixed: the measure of the tree as it is.
HELDOUT5 = Path(__file__).parent / "heldout" / "heldout5_triage.jsonl"
# A fourth writer, same brief, on the final tree of 3 December (after the fifth set's classes were fixed).
HELDOUT6 = Path(__file__).parent / "heldout" / "heldout6_triage.jsonl"
# A fifth writer, same brief, written while the sixth set's classes were fixed; committed before its one evaluation.
HELDOUT7 = Path(__file__).parent / "heldout" / "heldout7_triage.jsonl"
# A sixth writer, same brief, written while the seventh set's classes were fixed; committed before its one evaluation.
HELDOUT8 = Path(__file__).parent / "heldout" / "heldout8_triage.jsonl"
# A seventh writer, same brief, written while the eighth set's classes were fixed; committed before its one evaluation.
HELDOUT9 = Path(__file__).parent / "heldout" / "heldout9_triage.jsonl"
# An eighth writer, same brief, on 3 December at night; committed before its one evaluation.
HELDOUT10 = Path(__file__).parent / "heldout" / "heldout10_triage.jsonl"
# A ninth writer, same brief and night, asked for chat-export and e-mail texture and more minor languages.
HELDOUT11 = Path(__file__).parent / "heldout" / "heldout11_triage.jsonl"
# Two more writers, same brief, written while the ninth to eleventh sets' classes were fixed.
HELDOUT12 = Path(__file__).parent / "heldout" / "heldout12_triage.jsonl"
HELDOUT13 = Path(__file__).parent / "heldout" / "heldout13_triage.jsonl"
# Two more writers, same brief, for the measure of the night's final tree.
HELDOUT14 = Path(__file__).parent / "heldout" / "heldout14_triage.jsonl"
HELDOUT15 = Path(__file__).parent / "heldout" / "heldout15_triage.jsonl"
HELDOUT16 = Path(__file__).parent / "heldout" / "heldout16_triage.jsonl"
HELDOUT17 = Path(__file__).parent / "heldout" / "heldout17_triage.jsonl"
HELDOUT18 = Path(__file__).parent / "heldout" / "heldout18_triage.jsonl"
HELDOUT19 = Path(__file__).parent / "heldout" / "heldout19_triage.jsonl"
# Four more writers, same brief, 4 December, each asked for one emphasis (short chat; long texts in Italian, Dutch,
# Polish, Romanian and Turkish; implied threats in Spanish, Portuguese, Indonesian, Tagalog, Hinglish and Swahili;
# many scripts and non-sexual extortion); committed before their one evaluation.
HELDOUT20 = Path(__file__).parent / "heldout" / "heldout20_triage.jsonl"
HELDOUT21 = Path(__file__).parent / "heldout" / "heldout21_triage.jsonl"
HELDOUT22 = Path(__file__).parent / "heldout" / "heldout22_triage.jsonl"
HELDOUT23 = Path(__file__).parent / "heldout" / "heldout23_triage.jsonl"
# Two more writers, same brief, 4 December ~04:40 UTC, for the measure of a head trained on the spent sets 9-23.
HELDOUT24 = Path(__file__).parent / "heldout" / "heldout24_triage.jsonl"
HELDOUT25 = Path(__file__).parent / "heldout" / "heldout25_triage.jsonl"
# Four more writers, same brief, 4 December ~07:00 UTC, each asked for one emphasis (English varieties and long
# chats; Spanish, Portuguese and Italian; French, German and Dutch; a helpline's mix with many pasted threats);
# committed before their first evaluation.
HELDOUT26 = Path(__file__).parent / "heldout" / "heldout26_triage.jsonl"
HELDOUT27 = Path(__file__).parent / "heldout" / "heldout27_triage.jsonl"
HELDOUT28 = Path(__file__).parent / "heldout" / "heldout28_triage.jsonl"
HELDOUT29 = Path(__file__).parent / "heldout" / "heldout29_triage.jsonl"
# Four more writers, same brief, 4 December ~07:30 UTC (teenagers on social apps in English and Spanish; adults
# on dating apps and by e-mail; medium-length messages and chats in the big languages; English outside the US with
# some Tagalog, Hinglish and Swahili); committed before their evaluation, the measure of the session's tree.
HELDOUT30 = Path(__file__).parent / "heldout" / "heldout30_triage.jsonl"
HELDOUT31 = Path(__file__).parent / "heldout" / "heldout31_triage.jsonl"
HELDOUT32 = Path(__file__).parent / "heldout" / "heldout32_triage.jsonl"
HELDOUT33 = Path(__file__).parent / "heldout" / "heldout33_triage.jsonl"
# Three more writers, same brief, 4 December ~08:00 UTC (the big languages with everyday times, dates, sums and
# photos; Polish, Swedish, Danish, Norwegian, Finnish, Czech, Greek and Hungarian; teen cases as police report them
# in English with some Spanish and French); committed before their evaluation.
HELDOUT34 = Path(__file__).parent / "heldout" / "heldout34_triage.jsonl"
HELDOUT35 = Path(__file__).parent / "heldout" / "heldout35_triage.jsonl"
HELDOUT36 = Path(__file__).parent / "heldout" / "heldout36_triage.jsonl"
# One more writer, same brief (Arabic, Russian, Ukrainian, Turkish, Romanian, Vietnamese, Korean, Japanese, Chinese).
HELDOUT37 = Path(__file__).parent / "heldout" / "heldout37_triage.jsonl"
# Ten more writers, same brief, 4 December ~09:55-10:20 UTC (broad in the big languages; teen chats in English
# varieties, Spanish, Portuguese and French; long e-mails and letters; nine languages the rules do not read with
# everyday times and dates; short subtle threats with Turkish, Tagalog and Hinglish; a broad mix with victims telling
# friends; mid-length DMs with Polish, Romanian and Turkish; what victims receive on the apps; nine more unread
# languages; threats without sexual words). Committed before their evaluation.
HELDOUT38 = Path(__file__).parent / "heldout" / "heldout38_triage.jsonl"
HELDOUT39 = Path(__file__).parent / "heldout" / "heldout39_triage.jsonl"
HELDOUT40 = Path(__file__).parent / "heldout" / "heldout40_triage.jsonl"
HELDOUT41 = Path(__file__).parent / "heldout" / "heldout41_triage.jsonl"
HELDOUT42 = Path(__file__).parent / "heldout" / "heldout42_triage.jsonl"
HELDOUT43 = Path(__file__).parent / "heldout" / "heldout43_triage.jsonl"
HELDOUT44 = Path(__file__).parent / "heldout" / "heldout44_triage.jsonl"
HELDOUT45 = Path(__file__).parent / "heldout" / "heldout45_triage.jsonl"
HELDOUT46 = Path(__file__).parent / "heldout" / "heldout46_triage.jsonl"
HELDOUT47 = Path(__file__).parent / "heldout" / "heldout47_triage.jsonl"
# Sets 48-51 (4 December, afternoon: big languages with implicit threats and look-alikes; thirteen languages the rules
# do not read; multi-turn chats; e-mails and letters). Committed before their evaluation.
HELDOUT48 = Path(__file__).parent / "heldout" / "heldout48_triage.jsonl"
HELDOUT49 = Path(__file__).parent / "heldout" / "heldout49_triage.jsonl"
HELDOUT50 = Path(__file__).parent / "heldout" / "heldout50_triage.jsonl"
HELDOUT51 = Path(__file__).parent / "heldout" / "heldout51_triage.jsonl"
# Sets 52-55 (4 December, afternoon: multi-turn chats in en, es, pt, fr; twenty-one languages the rules do not read;
# de, nl, it and English varieties; what teenagers receive and send). Committed before their evaluation.
HELDOUT52 = Path(__file__).parent / "heldout" / "heldout52_triage.jsonl"
HELDOUT53 = Path(__file__).parent / "heldout" / "heldout53_triage.jsonl"
HELDOUT54 = Path(__file__).parent / "heldout" / "heldout54_triage.jsonl"
HELDOUT55 = Path(__file__).parent / "heldout" / "heldout55_triage.jsonl"
# Sets 56-59 (4 December, late afternoon: broad mix in the big languages; short messages; non-sexual extortion and
# its look-alikes; pasted threats and victims telling others). Committed before their evaluation.
HELDOUT56 = Path(__file__).parent / "heldout" / "heldout56_triage.jsonl"
HELDOUT57 = Path(__file__).parent / "heldout" / "heldout57_triage.jsonl"
HELDOUT58 = Path(__file__).parent / "heldout" / "heldout58_triage.jsonl"
HELDOUT59 = Path(__file__).parent / "heldout" / "heldout59_triage.jsonl"
# Sets 60-63 (4 December, evening: broad mix in the big languages; e-mails and letters; teenagers' DMs and their
# look-alikes; half in languages the rules do not read). Committed before their evaluation.
HELDOUT60 = Path(__file__).parent / "heldout" / "heldout60_triage.jsonl"
HELDOUT61 = Path(__file__).parent / "heldout" / "heldout61_triage.jsonl"
HELDOUT62 = Path(__file__).parent / "heldout" / "heldout62_triage.jsonl"
HELDOUT63 = Path(__file__).parent / "heldout" / "heldout63_triage.jsonl"
# Sets 64-67 (4 December, evening: threats from people the victim knows; e-mails; short messages and chats; half in
# languages the rules do not read). Committed before their evaluation.
HELDOUT64 = Path(__file__).parent / "heldout" / "heldout64_triage.jsonl"
HELDOUT65 = Path(__file__).parent / "heldout" / "heldout65_triage.jsonl"
HELDOUT66 = Path(__file__).parent / "heldout" / "heldout66_triage.jsonl"
HELDOUT67 = Path(__file__).parent / "heldout" / "heldout67_triage.jsonl"
# Sets 68-71 (4 December, night: threats and look-alikes from people the victim knows; e-mails and the notices that
# quote them; teenagers' DMs and chats; half in languages the rules do not read). Committed before their evaluation.
HELDOUT68 = Path(__file__).parent / "heldout" / "heldout68_triage.jsonl"
HELDOUT69 = Path(__file__).parent / "heldout" / "heldout69_triage.jsonl"
HELDOUT70 = Path(__file__).parent / "heldout" / "heldout70_triage.jsonl"
HELDOUT71 = Path(__file__).parent / "heldout" / "heldout71_triage.jsonl"
HELDOUT72 = Path(__file__).parent / "heldout" / "heldout72_triage.jsonl"
HELDOUT73 = Path(__file__).parent / "heldout" / "heldout73_triage.jsonl"
HELDOUT74 = Path(__file__).parent / "heldout" / "heldout74_triage.jsonl"
HELDOUT75 = Path(__file__).parent / "heldout" / "heldout75_triage.jsonl"
HELDOUT76 = Path(__file__).parent / "heldout" / "heldout76_triage.jsonl"
HELDOUT77 = Path(__file__).parent / "heldout" / "heldout77_triage.jsonl"
HELDOUT78 = Path(__file__).parent / "heldout" / "heldout78_triage.jsonl"
HELDOUT79 = Path(__file__).parent / "heldout" / "heldout79_triage.jsonl"
HELDOUT80 = Path(__file__).parent / "heldout" / "heldout80_triage.jsonl"
HELDOUT81 = Path(__file__).parent / "heldout" / "heldout81_triage.jsonl"
HELDOUT82 = Path(__file__).parent / "heldout" / "heldout82_triage.jsonl"
HELDOUT83 = Path(__file__).parent / "heldout" / "heldout83_triage.jsonl"
HELDOUT84 = Path(__file__).parent / "heldout" / "heldout84_triage.jsonl"
HELDOUT85 = Path(__file__).parent / "heldout" / "heldout85_triage.jsonl"
HELDOUT86 = Path(__file__).parent / "heldout" / "heldout86_triage.jsonl"
HELDOUT87 = Path(__file__).parent / "heldout" / "heldout87_triage.jsonl"
HELDOUT88 = Path(__file__).parent / "heldout" / "heldout88_triage.jsonl"
HELDOUT89 = Path(__file__).parent / "heldout" / "heldout89_triage.jsonl"
HELDOUT90 = Path(__file__).parent / "heldout" / "heldout90_triage.jsonl"
HELDOUT91 = Path(__file__).parent / "heldout" / "heldout91_triage.jsonl"
HELDOUT92 = Path(__file__).parent / "heldout" / "heldout92_triage.jsonl"
HELDOUT93 = Path(__file__).parent / "heldout" / "heldout93_triage.jsonl"
HELDOUT94 = Path(__file__).parent / "heldout" / "heldout94_triage.jsonl"
HELDOUT95 = Path(__file__).parent / "heldout" / "heldout95_triage.jsonl"
HELDOUT96 = Path(__file__).parent / "heldout" / "heldout96_triage.jsonl"
HELDOUT97 = Path(__file__).parent / "heldout" / "heldout97_triage.jsonl"
HELDOUT98 = Path(__file__).parent / "heldout" / "heldout98_triage.jsonl"
HELDOUT99 = Path(__file__).parent / "heldout" / "heldout99_triage.jsonl"
HELDOUT100 = Path(__file__).parent / "heldout" / "heldout100_triage.jsonl"
HELDOUT101 = Path(__file__).parent / "heldout" / "heldout101_triage.jsonl"
HELDOUT102 = Path(__file__).parent / "heldout" / "heldout102_triage.jsonl"
HELDOUT103 = Path(__file__).parent / "heldout" / "heldout103_triage.jsonl"
HELDOUT104 = Path(__file__).parent / "heldout" / "heldout104_triage.jsonl"
HELDOUT105 = Path(__file__).parent / "heldout" / "heldout105_triage.jsonl"
HELDOUT106 = Path(__file__).parent / "heldout" / "heldout106_triage.jsonl"
HELDOUT107 = Path(__file__).parent / "heldout" / "heldout107_triage.jsonl"
HELDOUT108 = Path(__file__).parent / "heldout" / "heldout108_triage.jsonl"
HELDOUT109 = Path(__file__).parent / "heldout" / "heldout109_triage.jsonl"
HELDOUT110 = Path(__file__).parent / "heldout" / "heldout110_triage.jsonl"
HELDOUT111 = Path(__file__).parent / "heldout" / "heldout111_triage.jsonl"
HELDOUT112 = Path(__file__).parent / "heldout" / "heldout112_triage.jsonl"
HELDOUT113 = Path(__file__).parent / "heldout" / "heldout113_triage.jsonl"
HELDOUT114 = Path(__file__).parent / "heldout" / "heldout114_triage.jsonl"
HELDOUT115 = Path(__file__).parent / "heldout" / "heldout115_triage.jsonl"
HELDOUT116 = Path(__file__).parent / "heldout" / "heldout116_triage.jsonl"
HELDOUT117 = Path(__file__).parent / "heldout" / "heldout117_triage.jsonl"
HELDOUT118 = Path(__file__).parent / "heldout" / "heldout118_triage.jsonl"
HELDOUT119 = Path(__file__).parent / "heldout" / "heldout119_triage.jsonl"
HELDOUT120 = Path(__file__).parent / "heldout" / "heldout120_triage.jsonl"
HELDOUT121 = Path(__file__).parent / "heldout" / "heldout121_triage.jsonl"
HELDOUT122 = Path(__file__).parent / "heldout" / "heldout122_triage.jsonl"
HELDOUT123 = Path(__file__).parent / "heldout" / "heldout123_triage.jsonl"
HELDOUT124 = Path(__file__).parent / "heldout" / "heldout124_triage.jsonl"
HELDOUT125 = Path(__file__).parent / "heldout" / "heldout125_triage.jsonl"
HELDOUT126 = Path(__file__).parent / "heldout" / "heldout126_triage.jsonl"
HELDOUT127 = Path(__file__).parent / "heldout" / "heldout127_triage.jsonl"
HELDOUT128 = Path(__file__).parent / "heldout" / "heldout128_triage.jsonl"
HELDOUT129 = Path(__file__).parent / "heldout" / "heldout129_triage.jsonl"
HELDOUT130 = Path(__file__).parent / "heldout" / "heldout130_triage.jsonl"
HELDOUT131 = Path(__file__).parent / "heldout" / "heldout131_triage.jsonl"
HELDOUT132 = Path(__file__).parent / "heldout" / "heldout132_triage.jsonl"
HELDOUT133 = Path(__file__).parent / "heldout" / "heldout133_triage.jsonl"
HELDOUT134 = Path(__file__).parent / "heldout" / "heldout134_triage.jsonl"
HELDOUT135 = Path(__file__).parent / "heldout" / "heldout135_triage.jsonl"
HELDOUT136 = Path(__file__).parent / "heldout" / "heldout136_triage.jsonl"
HELDOUT137 = Path(__file__).parent / "heldout" / "heldout137_triage.jsonl"
HELDOUT138 = Path(__file__).parent / "heldout" / "heldout138_triage.jsonl"
HELDOUT139 = Path(__file__).parent / "heldout" / "heldout139_triage.jsonl"
HELDOUT140 = Path(__file__).parent / "heldout" / "heldout140_triage.jsonl"
HELDOUT141 = Path(__file__).parent / "heldout" / "heldout141_triage.jsonl"
HELDOUT142 = Path(__file__).parent / "heldout" / "heldout142_triage.jsonl"
HELDOUT143 = Path(__file__).parent / "heldout" / "heldout143_triage.jsonl"
HELDOUT144 = Path(__file__).parent / "heldout" / "heldout144_triage.jsonl"
HELDOUT145 = Path(__file__).parent / "heldout" / "heldout145_triage.jsonl"
HELDOUT146 = Path(__file__).parent / "heldout" / "heldout146_triage.jsonl"
HELDOUT147 = Path(__file__).parent / "heldout" / "heldout147_triage.jsonl"
HELDOUT148 = Path(__file__).parent / "heldout" / "heldout148_triage.jsonl"
HELDOUT149 = Path(__file__).parent / "heldout" / "heldout149_triage.jsonl"
HELDOUT150 = Path(__file__).parent / "heldout" / "heldout150_triage.jsonl"
HELDOUT151 = Path(__file__).parent / "heldout" / "heldout151_triage.jsonl"
HELDOUT152 = Path(__file__).parent / "heldout" / "heldout152_triage.jsonl"
HELDOUT153 = Path(__file__).parent / "heldout" / "heldout153_triage.jsonl"
HELDOUT154 = Path(__file__).parent / "heldout" / "heldout154_triage.jsonl"
HELDOUT155 = Path(__file__).parent / "heldout" / "heldout155_triage.jsonl"
HELDOUT156 = Path(__file__).parent / "heldout" / "heldout156_triage.jsonl"
HELDOUT157 = Path(__file__).parent / "heldout" / "heldout157_triage.jsonl"
HELDOUT158 = Path(__file__).parent / "heldout" / "heldout158_triage.jsonl"
HELDOUT159 = Path(__file__).parent / "heldout" / "heldout159_triage.jsonl"
HELDOUT160 = Path(__file__).parent / "heldout" / "heldout160_triage.jsonl"
HELDOUT161 = Path(__file__).parent / "heldout" / "heldout161_triage.jsonl"
HELDOUT162 = Path(__file__).parent / "heldout" / "heldout162_triage.jsonl"
HELDOUT163 = Path(__file__).parent / "heldout" / "heldout163_triage.jsonl"
HELDOUT164 = Path(__file__).parent / "heldout" / "heldout164_triage.jsonl"
HELDOUT165 = Path(__file__).parent / "heldout" / "heldout165_triage.jsonl"
HELDOUT166 = Path(__file__).parent / "heldout" / "heldout166_triage.jsonl"
HELDOUT167 = Path(__file__).parent / "heldout" / "heldout167_triage.jsonl"
HELDOUT168 = Path(__file__).parent / "heldout" / "heldout168_triage.jsonl"
HELDOUT169 = Path(__file__).parent / "heldout" / "heldout169_triage.jsonl"
HELDOUT170 = Path(__file__).parent / "heldout" / "heldout170_triage.jsonl"
HELDOUT171 = Path(__file__).parent / "heldout" / "heldout171_triage.jsonl"
HELDOUT172 = Path(__file__).parent / "heldout" / "heldout172_triage.jsonl"
HELDOUT173 = Path(__file__).parent / "heldout" / "heldout173_triage.jsonl"
HELDOUT174 = Path(__file__).parent / "heldout" / "heldout174_triage.jsonl"
HELDOUT175 = Path(__file__).parent / "heldout" / "heldout175_triage.jsonl"
HELDOUT176 = Path(__file__).parent / "heldout" / "heldout176_triage.jsonl"
HELDOUT177 = Path(__file__).parent / "heldout" / "heldout177_triage.jsonl"
HELDOUT178 = Path(__file__).parent / "heldout" / "heldout178_triage.jsonl"
HELDOUT179 = Path(__file__).parent / "heldout" / "heldout179_triage.jsonl"
HELDOUT180 = Path(__file__).parent / "heldout" / "heldout180_triage.jsonl"
HELDOUT181 = Path(__file__).parent / "heldout" / "heldout181_triage.jsonl"
HELDOUT182 = Path(__file__).parent / "heldout" / "heldout182_triage.jsonl"
HELDOUT183 = Path(__file__).parent / "heldout" / "heldout183_triage.jsonl"
HELDOUT184 = Path(__file__).parent / "heldout" / "heldout184_triage.jsonl"
HELDOUT185 = Path(__file__).parent / "heldout" / "heldout185_triage.jsonl"
HELDOUT186 = Path(__file__).parent / "heldout" / "heldout186_triage.jsonl"
HELDOUT187 = Path(__file__).parent / "heldout" / "heldout187_triage.jsonl"
HELDOUT188 = Path(__file__).parent / "heldout" / "heldout188_triage.jsonl"
HELDOUT189 = Path(__file__).parent / "heldout" / "heldout189_triage.jsonl"
HELDOUT190 = Path(__file__).parent / "heldout" / "heldout190_triage.jsonl"
HELDOUT191 = Path(__file__).parent / "heldout" / "heldout191_triage.jsonl"
HELDOUT192 = Path(__file__).parent / "heldout" / "heldout192_triage.jsonl"
HELDOUT193 = Path(__file__).parent / "heldout" / "heldout193_triage.jsonl"
HELDOUT194 = Path(__file__).parent / "heldout" / "heldout194_triage.jsonl"
HELDOUT195 = Path(__file__).parent / "heldout" / "heldout195_triage.jsonl"
HELDOUT196 = Path(__file__).parent / "heldout" / "heldout196_triage.jsonl"
HELDOUT197 = Path(__file__).parent / "heldout" / "heldout197_triage.jsonl"
HELDOUT198 = Path(__file__).parent / "heldout" / "heldout198_triage.jsonl"
HELDOUT199 = Path(__file__).parent / "heldout" / "heldout199_triage.jsonl"
HELDOUT200 = Path(__file__).parent / "heldout" / "heldout200_triage.jsonl"
HELDOUT201 = Path(__file__).parent / "heldout" / "heldout201_triage.jsonl"
HELDOUT202 = Path(__file__).parent / "heldout" / "heldout202_triage.jsonl"
HELDOUT203 = Path(__file__).parent / "heldout" / "heldout203_triage.jsonl"
HELDOUT204 = Path(__file__).parent / "heldout" / "heldout204_triage.jsonl"
HELDOUT205 = Path(__file__).parent / "heldout" / "heldout205_triage.jsonl"
HELDOUT206 = Path(__file__).parent / "heldout" / "heldout206_triage.jsonl"
HELDOUT207 = Path(__file__).parent / "heldout" / "heldout207_triage.jsonl"
HELDOUT208 = Path(__file__).parent / "heldout" / "heldout208_triage.jsonl"
HELDOUT209 = Path(__file__).parent / "heldout" / "heldout209_triage.jsonl"
HELDOUT210 = Path(__file__).parent / "heldout" / "heldout210_triage.jsonl"
HELDOUT211 = Path(__file__).parent / "heldout" / "heldout211_triage.jsonl"
HELDOUT212 = Path(__file__).parent / "heldout" / "heldout212_triage.jsonl"
HELDOUT213 = Path(__file__).parent / "heldout" / "heldout213_triage.jsonl"
HELDOUT214 = Path(__file__).parent / "heldout" / "heldout214_triage.jsonl"
HELDOUT215 = Path(__file__).parent / "heldout" / "heldout215_triage.jsonl"
HELDOUT216 = Path(__file__).parent / "heldout" / "heldout216_triage.jsonl"
HELDOUT217 = Path(__file__).parent / "heldout" / "heldout217_triage.jsonl"
HELDOUT218 = Path(__file__).parent / "heldout" / "heldout218_triage.jsonl"
HELDOUT219 = Path(__file__).parent / "heldout" / "heldout219_triage.jsonl"
HELDOUT220 = Path(__file__).parent / "heldout" / "heldout220_triage.jsonl"
HELDOUT221 = Path(__file__).parent / "heldout" / "heldout221_triage.jsonl"
HELDOUT222 = Path(__file__).parent / "heldout" / "heldout222_triage.jsonl"
HELDOUT223 = Path(__file__).parent / "heldout" / "heldout223_triage.jsonl"
HELDOUT224 = Path(__file__).parent / "heldout" / "heldout224_triage.jsonl"
HELDOUT225 = Path(__file__).parent / "heldout" / "heldout225_triage.jsonl"
HELDOUT226 = Path(__file__).parent / "heldout" / "heldout226_triage.jsonl"
HELDOUT227 = Path(__file__).parent / "heldout" / "heldout227_triage.jsonl"
HELDOUT228 = Path(__file__).parent / "heldout" / "heldout228_triage.jsonl"
HELDOUT229 = Path(__file__).parent / "heldout" / "heldout229_triage.jsonl"
HELDOUT230 = Path(__file__).parent / "heldout" / "heldout230_triage.jsonl"
HELDOUT231 = Path(__file__).parent / "heldout" / "heldout231_triage.jsonl"
HELDOUT232 = Path(__file__).parent / "heldout" / "heldout232_triage.jsonl"
HELDOUT233 = Path(__file__).parent / "heldout" / "heldout233_triage.jsonl"
HELDOUT234 = Path(__file__).parent / "heldout" / "heldout234_triage.jsonl"
HELDOUT235 = Path(__file__).parent / "heldout" / "heldout235_triage.jsonl"
HELDOUT236 = Path(__file__).parent / "heldout" / "heldout236_triage.jsonl"
HELDOUT237 = Path(__file__).parent / "heldout" / "heldout237_triage.jsonl"
HELDOUT238 = Path(__file__).parent / "heldout" / "heldout238_triage.jsonl"
HELDOUT239 = Path(__file__).parent / "heldout" / "heldout239_triage.jsonl"
HELDOUT240 = Path(__file__).parent / "heldout" / "heldout240_triage.jsonl"
HELDOUT241 = Path(__file__).parent / "heldout" / "heldout241_triage.jsonl"
HELDOUT242 = Path(__file__).parent / "heldout" / "heldout242_triage.jsonl"
HELDOUT243 = Path(__file__).parent / "heldout" / "heldout243_triage.jsonl"
HELDOUT244 = Path(__file__).parent / "heldout" / "heldout244_triage.jsonl"
HELDOUT245 = Path(__file__).parent / "heldout" / "heldout245_triage.jsonl"
HELDOUT246 = Path(__file__).parent / "heldout" / "heldout246_triage.jsonl"
HELDOUT247 = Path(__file__).parent / "heldout" / "heldout247_triage.jsonl"
HELDOUT248 = Path(__file__).parent / "heldout" / "heldout248_triage.jsonl"
HELDOUT249 = Path(__file__).parent / "heldout" / "heldout249_triage.jsonl"
HELDOUT250 = Path(__file__).parent / "heldout" / "heldout250_triage.jsonl"
HELDOUT251 = Path(__file__).parent / "heldout" / "heldout251_triage.jsonl"
HELDOUT252 = Path(__file__).parent / "heldout" / "heldout252_triage.jsonl"
HELDOUT253 = Path(__file__).parent / "heldout" / "heldout253_triage.jsonl"
HELDOUT254 = Path(__file__).parent / "heldout" / "heldout254_triage.jsonl"
HELDOUT255 = Path(__file__).parent / "heldout" / "heldout255_triage.jsonl"
HELDOUT256 = Path(__file__).parent / "heldout" / "heldout256_triage.jsonl"
HELDOUT257 = Path(__file__).parent / "heldout" / "heldout257_triage.jsonl"
HELDOUT258 = Path(__file__).parent / "heldout" / "heldout258_triage.jsonl"
HELDOUT259 = Path(__file__).parent / "heldout" / "heldout259_triage.jsonl"
HELDOUT260 = Path(__file__).parent / "heldout" / "heldout260_triage.jsonl"
HELDOUT261 = Path(__file__).parent / "heldout" / "heldout261_triage.jsonl"
HELDOUT262 = Path(__file__).parent / "heldout" / "heldout262_triage.jsonl"
HELDOUT263 = Path(__file__).parent / "heldout" / "heldout263_triage.jsonl"
HELDOUT264 = Path(__file__).parent / "heldout" / "heldout264_triage.jsonl"
HELDOUT265 = Path(__file__).parent / "heldout" / "heldout265_triage.jsonl"
HELDOUT266 = Path(__file__).parent / "heldout" / "heldout266_triage.jsonl"
HELDOUT267 = Path(__file__).parent / "heldout" / "heldout267_triage.jsonl"
HELDOUT268 = Path(__file__).parent / "heldout" / "heldout268_triage.jsonl"
HELDOUT269 = Path(__file__).parent / "heldout" / "heldout269_triage.jsonl"
HELDOUT270 = Path(__file__).parent / "heldout" / "heldout270_triage.jsonl"
HELDOUT271 = Path(__file__).parent / "heldout" / "heldout271_triage.jsonl"
HELDOUT272 = Path(__file__).parent / "heldout" / "heldout272_triage.jsonl"
HELDOUT273 = Path(__file__).parent / "heldout" / "heldout273_triage.jsonl"
HELDOUT274 = Path(__file__).parent / "heldout" / "heldout274_triage.jsonl"
HELDOUT275 = Path(__file__).parent / "heldout" / "heldout275_triage.jsonl"
HELDOUT276 = Path(__file__).parent / "heldout" / "heldout276_triage.jsonl"
HELDOUT277 = Path(__file__).parent / "heldout" / "heldout277_triage.jsonl"
HELDOUT278 = Path(__file__).parent / "heldout" / "heldout278_triage.jsonl"
HELDOUT279 = Path(__file__).parent / "heldout" / "heldout279_triage.jsonl"
HELDOUT280 = Path(__file__).parent / "heldout" / "heldout280_triage.jsonl"
HELDOUT281 = Path(__file__).parent / "heldout" / "heldout281_triage.jsonl"
HELDOUT282 = Path(__file__).parent / "heldout" / "heldout282_triage.jsonl"
HELDOUT283 = Path(__file__).parent / "heldout" / "heldout283_triage.jsonl"
HELDOUT284 = Path(__file__).parent / "heldout" / "heldout284_triage.jsonl"
HELDOUT285 = Path(__file__).parent / "heldout" / "heldout285_triage.jsonl"
HELDOUT286 = Path(__file__).parent / "heldout" / "heldout286_triage.jsonl"
HELDOUT287 = Path(__file__).parent / "heldout" / "heldout287_triage.jsonl"
HELDOUT288 = Path(__file__).parent / "heldout" / "heldout288_triage.jsonl"
HELDOUT289 = Path(__file__).parent / "heldout" / "heldout289_triage.jsonl"
HELDOUT290 = Path(__file__).parent / "heldout" / "heldout290_triage.jsonl"
HELDOUT291 = Path(__file__).parent / "heldout" / "heldout291_triage.jsonl"
HELDOUT292 = Path(__file__).parent / "heldout" / "heldout292_triage.jsonl"
HELDOUT293 = Path(__file__).parent / "heldout" / "heldout293_triage.jsonl"
HELDOUT294 = Path(__file__).parent / "heldout" / "heldout294_triage.jsonl"
HELDOUT295 = Path(__file__).parent / "heldout" / "heldout295_triage.jsonl"
HELDOUT296 = Path(__file__).parent / "heldout" / "heldout296_triage.jsonl"
HELDOUT297 = Path(__file__).parent / "heldout" / "heldout297_triage.jsonl"
HELDOUT298 = Path(__file__).parent / "heldout" / "heldout298_triage.jsonl"
HELDOUT299 = Path(__file__).parent / "heldout" / "heldout299_triage.jsonl"
HELDOUT300 = Path(__file__).parent / "heldout" / "heldout300_triage.jsonl"
HELDOUT301 = Path(__file__).parent / "heldout" / "heldout301_triage.jsonl"
HELDOUT302 = Path(__file__).parent / "heldout" / "heldout302_triage.jsonl"
HELDOUT303 = Path(__file__).parent / "heldout" / "heldout303_triage.jsonl"
HELDOUT304 = Path(__file__).parent / "heldout" / "heldout304_triage.jsonl"
HELDOUT305 = Path(__file__).parent / "heldout" / "heldout305_triage.jsonl"
HELDOUT306 = Path(__file__).parent / "heldout" / "heldout306_triage.jsonl"
HELDOUT307 = Path(__file__).parent / "heldout" / "heldout307_triage.jsonl"
HELDOUT308 = Path(__file__).parent / "heldout" / "heldout308_triage.jsonl"
HELDOUT309 = Path(__file__).parent / "heldout" / "heldout309_triage.jsonl"
HELDOUT310 = Path(__file__).parent / "heldout" / "heldout310_triage.jsonl"
HELDOUT311 = Path(__file__).parent / "heldout" / "heldout311_triage.jsonl"
HELDOUT312 = Path(__file__).parent / "heldout" / "heldout312_triage.jsonl"
HELDOUT313 = Path(__file__).parent / "heldout" / "heldout313_triage.jsonl"
HELDOUT314 = Path(__file__).parent / "heldout" / "heldout314_triage.jsonl"
HELDOUT315 = Path(__file__).parent / "heldout" / "heldout315_triage.jsonl"
HELDOUT316 = Path(__file__).parent / "heldout" / "heldout316_triage.jsonl"
HELDOUT317 = Path(__file__).parent / "heldout" / "heldout317_triage.jsonl"
HELDOUT318 = Path(__file__).parent / "heldout" / "heldout318_triage.jsonl"
HELDOUT319 = Path(__file__).parent / "heldout" / "heldout319_triage.jsonl"
HELDOUT320 = Path(__file__).parent / "heldout" / "heldout320_triage.jsonl"
HELDOUT321 = Path(__file__).parent / "heldout" / "heldout321_triage.jsonl"
HELDOUT322 = Path(__file__).parent / "heldout" / "heldout322_triage.jsonl"
HELDOUT323 = Path(__file__).parent / "heldout" / "heldout323_triage.jsonl"
HELDOUT324 = Path(__file__).parent / "heldout" / "heldout324_triage.jsonl"
HELDOUT325 = Path(__file__).parent / "heldout" / "heldout325_triage.jsonl"
HELDOUT326 = Path(__file__).parent / "heldout" / "heldout326_triage.jsonl"
HELDOUT327 = Path(__file__).parent / "heldout" / "heldout327_triage.jsonl"
HELDOUT328 = Path(__file__).parent / "heldout" / "heldout328_triage.jsonl"
HELDOUT329 = Path(__file__).parent / "heldout" / "heldout329_triage.jsonl"
HELDOUT330 = Path(__file__).parent / "heldout" / "heldout330_triage.jsonl"
HELDOUT331 = Path(__file__).parent / "heldout" / "heldout331_triage.jsonl"
HELDOUT332 = Path(__file__).parent / "heldout" / "heldout332_triage.jsonl"
HELDOUT333 = Path(__file__).parent / "heldout" / "heldout333_triage.jsonl"
HELDOUT334 = Path(__file__).parent / "heldout" / "heldout334_triage.jsonl"
HELDOUT335 = Path(__file__).parent / "heldout" / "heldout335_triage.jsonl"
HELDOUT336 = Path(__file__).parent / "heldout" / "heldout336_triage.jsonl"
HELDOUT337 = Path(__file__).parent / "heldout" / "heldout337_triage.jsonl"
HELDOUT338 = Path(__file__).parent / "heldout" / "heldout338_triage.jsonl"
HELDOUT339 = Path(__file__).parent / "heldout" / "heldout339_triage.jsonl"
HELDOUT340 = Path(__file__).parent / "heldout" / "heldout340_triage.jsonl"
HELDOUT341 = Path(__file__).parent / "heldout" / "heldout341_triage.jsonl"
HELDOUT342 = Path(__file__).parent / "heldout" / "heldout342_triage.jsonl"
HELDOUT343 = Path(__file__).parent / "heldout" / "heldout343_triage.jsonl"
HELDOUT344 = Path(__file__).parent / "heldout" / "heldout344_triage.jsonl"
HELDOUT345 = Path(__file__).parent / "heldout" / "heldout345_triage.jsonl"
HELDOUT346 = Path(__file__).parent / "heldout" / "heldout346_triage.jsonl"
HELDOUT347 = Path(__file__).parent / "heldout" / "heldout347_triage.jsonl"
HELDOUT348 = Path(__file__).parent / "heldout" / "heldout348_triage.jsonl"
HELDOUT349 = Path(__file__).parent / "heldout" / "heldout349_triage.jsonl"
HELDOUT350 = Path(__file__).parent / "heldout" / "heldout350_triage.jsonl"
HELDOUT351 = Path(__file__).parent / "heldout" / "heldout351_triage.jsonl"
HELDOUT352 = Path(__file__).parent / "heldout" / "heldout352_triage.jsonl"
HELDOUT353 = Path(__file__).parent / "heldout" / "heldout353_triage.jsonl"
HELDOUT354 = Path(__file__).parent / "heldout" / "heldout354_triage.jsonl"
HELDOUT355 = Path(__file__).parent / "heldout" / "heldout355_triage.jsonl"
HELDOUT356 = Path(__file__).parent / "heldout" / "heldout356_triage.jsonl"
HELDOUT357 = Path(__file__).parent / "heldout" / "heldout357_triage.jsonl"
HELDOUT358 = Path(__file__).parent / "heldout" / "heldout358_triage.jsonl"
HELDOUT359 = Path(__file__).parent / "heldout" / "heldout359_triage.jsonl"
HELDOUT360 = Path(__file__).parent / "heldout" / "heldout360_triage.jsonl"
HELDOUT361 = Path(__file__).parent / "heldout" / "heldout361_triage.jsonl"
HELDOUT362 = Path(__file__).parent / "heldout" / "heldout362_triage.jsonl"
HELDOUT363 = Path(__file__).parent / "heldout" / "heldout363_triage.jsonl"
HELDOUT364 = Path(__file__).parent / "heldout" / "heldout364_triage.jsonl"
HELDOUT365 = Path(__file__).parent / "heldout" / "heldout365_triage.jsonl"
HELDOUT366 = Path(__file__).parent / "heldout" / "heldout366_triage.jsonl"
HELDOUT367 = Path(__file__).parent / "heldout" / "heldout367_triage.jsonl"
HELDOUT368 = Path(__file__).parent / "heldout" / "heldout368_triage.jsonl"
HELDOUT369 = Path(__file__).parent / "heldout" / "heldout369_triage.jsonl"
HELDOUT370 = Path(__file__).parent / "heldout" / "heldout370_triage.jsonl"
HELDOUT371 = Path(__file__).parent / "heldout" / "heldout371_triage.jsonl"
HELDOUT372 = Path(__file__).parent / "heldout" / "heldout372_triage.jsonl"
HELDOUT373 = Path(__file__).parent / "heldout" / "heldout373_triage.jsonl"
HELDOUT374 = Path(__file__).parent / "heldout" / "heldout374_triage.jsonl"
HELDOUT375 = Path(__file__).parent / "heldout" / "heldout375_triage.jsonl"
HELDOUT376 = Path(__file__).parent / "heldout" / "heldout376_triage.jsonl"
HELDOUT377 = Path(__file__).parent / "heldout" / "heldout377_triage.jsonl"
HELDOUT378 = Path(__file__).parent / "heldout" / "heldout378_triage.jsonl"
HELDOUT379 = Path(__file__).parent / "heldout" / "heldout379_triage.jsonl"
HELDOUT380 = Path(__file__).parent / "heldout" / "heldout380_triage.jsonl"
HELDOUT381 = Path(__file__).parent / "heldout" / "heldout381_triage.jsonl"
HELDOUT382 = Path(__file__).parent / "heldout" / "heldout382_triage.jsonl"
HELDOUT383 = Path(__file__).parent / "heldout" / "heldout383_triage.jsonl"
HELDOUT384 = Path(__file__).parent / "heldout" / "heldout384_triage.jsonl"
HELDOUT385 = Path(__file__).parent / "heldout" / "heldout385_triage.jsonl"
HELDOUT386 = Path(__file__).parent / "heldout" / "heldout386_triage.jsonl"
HELDOUT387 = Path(__file__).parent / "heldout" / "heldout387_triage.jsonl"
HELDOUT388 = Path(__file__).parent / "heldout" / "heldout388_triage.jsonl"
HELDOUT389 = Path(__file__).parent / "heldout" / "heldout389_triage.jsonl"
HELDOUT390 = Path(__file__).parent / "heldout" / "heldout390_triage.jsonl"
HELDOUT391 = Path(__file__).parent / "heldout" / "heldout391_triage.jsonl"
HELDOUT392 = Path(__file__).parent / "heldout" / "heldout392_triage.jsonl"
HELDOUT393 = Path(__file__).parent / "heldout" / "heldout393_triage.jsonl"
HELDOUT394 = Path(__file__).parent / "heldout" / "heldout394_triage.jsonl"
HELDOUT395 = Path(__file__).parent / "heldout" / "heldout395_triage.jsonl"
HELDOUT396 = Path(__file__).parent / "heldout" / "heldout396_triage.jsonl"
HELDOUT397 = Path(__file__).parent / "heldout" / "heldout397_triage.jsonl"
HELDOUT398 = Path(__file__).parent / "heldout" / "heldout398_triage.jsonl"
HELDOUT399 = Path(__file__).parent / "heldout" / "heldout399_triage.jsonl"
HELDOUT400 = Path(__file__).parent / "heldout" / "heldout400_triage.jsonl"
HELDOUT401 = Path(__file__).parent / "heldout" / "heldout401_triage.jsonl"
HELDOUT402 = Path(__file__).parent / "heldout" / "heldout402_triage.jsonl"
HELDOUT403 = Path(__file__).parent / "heldout" / "heldout403_triage.jsonl"
HELDOUT404 = Path(__file__).parent / "heldout" / "heldout404_triage.jsonl"
HELDOUT405 = Path(__file__).parent / "heldout" / "heldout405_triage.jsonl"
HELDOUT406 = Path(__file__).parent / "heldout" / "heldout406_triage.jsonl"
HELDOUT407 = Path(__file__).parent / "heldout" / "heldout407_triage.jsonl"
HELDOUT408 = Path(__file__).parent / "heldout" / "heldout408_triage.jsonl"
HELDOUT409 = Path(__file__).parent / "heldout" / "heldout409_triage.jsonl"
HELDOUT410 = Path(__file__).parent / "heldout" / "heldout410_triage.jsonl"
HELDOUT411 = Path(__file__).parent / "heldout" / "heldout411_triage.jsonl"
HELDOUT412 = Path(__file__).parent / "heldout" / "heldout412_triage.jsonl"
HELDOUT413 = Path(__file__).parent / "heldout" / "heldout413_triage.jsonl"
HELDOUT414 = Path(__file__).parent / "heldout" / "heldout414_triage.jsonl"
HELDOUT415 = Path(__file__).parent / "heldout" / "heldout415_triage.jsonl"
HELDOUT416 = Path(__file__).parent / "heldout" / "heldout416_triage.jsonl"
HELDOUT417 = Path(__file__).parent / "heldout" / "heldout417_triage.jsonl"
HELDOUT418 = Path(__file__).parent / "heldout" / "heldout418_triage.jsonl"
HELDOUT419 = Path(__file__).parent / "heldout" / "heldout419_triage.jsonl"
HELDOUT420 = Path(__file__).parent / "heldout" / "heldout420_triage.jsonl"
HELDOUT421 = Path(__file__).parent / "heldout" / "heldout421_triage.jsonl"
HELDOUT422 = Path(__file__).parent / "heldout" / "heldout422_triage.jsonl"
HELDOUT423 = Path(__file__).parent / "heldout" / "heldout423_triage.jsonl"
HELDOUT424 = Path(__file__).parent / "heldout" / "heldout424_triage.jsonl"
HELDOUT425 = Path(__file__).parent / "heldout" / "heldout425_triage.jsonl"
HELDOUT426 = Path(__file__).parent / "heldout" / "heldout426_triage.jsonl"
HELDOUT427 = Path(__file__).parent / "heldout" / "heldout427_triage.jsonl"
HELDOUT428 = Path(__file__).parent / "heldout" / "heldout428_triage.jsonl"
HELDOUT429 = Path(__file__).parent / "heldout" / "heldout429_triage.jsonl"
HELDOUT430 = Path(__file__).parent / "heldout" / "heldout430_triage.jsonl"
HELDOUT431 = Path(__file__).parent / "heldout" / "heldout431_triage.jsonl"
HELDOUT432 = Path(__file__).parent / "heldout" / "heldout432_triage.jsonl"
HELDOUT433 = Path(__file__).parent / "heldout" / "heldout433_triage.jsonl"
HELDOUT434 = Path(__file__).parent / "heldout" / "heldout434_triage.jsonl"
HELDOUT435 = Path(__file__).parent / "heldout" / "heldout435_triage.jsonl"
HELDOUT436 = Path(__file__).parent / "heldout" / "heldout436_triage.jsonl"
HELDOUT437 = Path(__file__).parent / "heldout" / "heldout437_triage.jsonl"
HELDOUT438 = Path(__file__).parent / "heldout" / "heldout438_triage.jsonl"
HELDOUT439 = Path(__file__).parent / "heldout" / "heldout439_triage.jsonl"
HELDOUT440 = Path(__file__).parent / "heldout" / "heldout440_triage.jsonl"
HELDOUT441 = Path(__file__).parent / "heldout" / "heldout441_triage.jsonl"
HELDOUT442 = Path(__file__).parent / "heldout" / "heldout442_triage.jsonl"
HELDOUT443 = Path(__file__).parent / "heldout" / "heldout443_triage.jsonl"
HELDOUT444 = Path(__file__).parent / "heldout" / "heldout444_triage.jsonl"
HELDOUT445 = Path(__file__).parent / "heldout" / "heldout445_triage.jsonl"
HELDOUT446 = Path(__file__).parent / "heldout" / "heldout446_triage.jsonl"
HELDOUT447 = Path(__file__).parent / "heldout" / "heldout447_triage.jsonl"
HELDOUT448 = Path(__file__).parent / "heldout" / "heldout448_triage.jsonl"
HELDOUT449 = Path(__file__).parent / "heldout" / "heldout449_triage.jsonl"
HELDOUT450 = Path(__file__).parent / "heldout" / "heldout450_triage.jsonl"
HELDOUT451 = Path(__file__).parent / "heldout" / "heldout451_triage.jsonl"
HELDOUT452 = Path(__file__).parent / "heldout" / "heldout452_triage.jsonl"
HELDOUT453 = Path(__file__).parent / "heldout" / "heldout453_triage.jsonl"
HELDOUT454 = Path(__file__).parent / "heldout" / "heldout454_triage.jsonl"
HELDOUT455 = Path(__file__).parent / "heldout" / "heldout455_triage.jsonl"
HELDOUT456 = Path(__file__).parent / "heldout" / "heldout456_triage.jsonl"
HELDOUT457 = Path(__file__).parent / "heldout" / "heldout457_triage.jsonl"
HELDOUT458 = Path(__file__).parent / "heldout" / "heldout458_triage.jsonl"
HELDOUT459 = Path(__file__).parent / "heldout" / "heldout459_triage.jsonl"
HELDOUT460 = Path(__file__).parent / "heldout" / "heldout460_triage.jsonl"
HELDOUT461 = Path(__file__).parent / "heldout" / "heldout461_triage.jsonl"
HELDOUT462 = Path(__file__).parent / "heldout" / "heldout462_triage.jsonl"
HELDOUT463 = Path(__file__).parent / "heldout" / "heldout463_triage.jsonl"
HELDOUT464 = Path(__file__).parent / "heldout" / "heldout464_triage.jsonl"
HELDOUT465 = Path(__file__).parent / "heldout" / "heldout465_triage.jsonl"
HELDOUT467 = Path(__file__).parent / "heldout" / "heldout467_triage.jsonl"
HELDOUT468 = Path(__file__).parent / "heldout" / "heldout468_triage.jsonl"
HELDOUT469 = Path(__file__).parent / "heldout" / "heldout469_triage.jsonl"
HELDOUT470 = Path(__file__).parent / "heldout" / "heldout470_triage.jsonl"
HELDOUT471 = Path(__file__).parent / "heldout" / "heldout471_triage.jsonl"
HELDOUT466 = Path(__file__).parent / "heldout" / "heldout466_triage.jsonl"
HELDOUT472 = Path(__file__).parent / "heldout" / "heldout472_triage.jsonl"
HELDOUT473 = Path(__file__).parent / "heldout" / "heldout473_triage.jsonl"
HELDOUT474 = Path(__file__).parent / "heldout" / "heldout474_triage.jsonl"
HELDOUT475 = Path(__file__).parent / "heldout" / "heldout475_triage.jsonl"
HELDOUT476 = Path(__file__).parent / "heldout" / "heldout476_triage.jsonl"
HELDOUT477 = Path(__file__).parent / "heldout" / "heldout477_triage.jsonl"
HELDOUT478 = Path(__file__).parent / "heldout" / "heldout478_triage.jsonl"
HELDOUT479 = Path(__file__).parent / "heldout" / "heldout479_triage.jsonl"
HELDOUT480 = Path(__file__).parent / "heldout" / "heldout480_triage.jsonl"
HELDOUT481 = Path(__file__).parent / "heldout" / "heldout481_triage.jsonl"
HELDOUT482 = Path(__file__).parent / "heldout" / "heldout482_triage.jsonl"
HELDOUT483 = Path(__file__).parent / "heldout" / "heldout483_triage.jsonl"
HELDOUT484 = Path(__file__).parent / "heldout" / "heldout484_triage.jsonl"
HELDOUT485 = Path(__file__).parent / "heldout" / "heldout485_triage.jsonl"
HELDOUT486 = Path(__file__).parent / "heldout" / "heldout486_triage.jsonl"
HELDOUT487 = Path(__file__).parent / "heldout" / "heldout487_triage.jsonl"
HELDOUT488 = Path(__file__).parent / "heldout" / "heldout488_triage.jsonl"
HELDOUT489 = Path(__file__).parent / "heldout" / "heldout489_triage.jsonl"
HELDOUT490 = Path(__file__).parent / "heldout" / "heldout490_triage.jsonl"
HELDOUT491 = Path(__file__).parent / "heldout" / "heldout491_triage.jsonl"
HELDOUT492 = Path(__file__).parent / "heldout" / "heldout492_triage.jsonl"
HELDOUT493 = Path(__file__).parent / "heldout" / "heldout493_triage.jsonl"
HELDOUT494 = Path(__file__).parent / "heldout" / "heldout494_triage.jsonl"
HELDOUT495 = Path(__file__).parent / "heldout" / "heldout495_triage.jsonl"
HELDOUT496 = Path(__file__).parent / "heldout" / "heldout496_triage.jsonl"
HELDOUT497 = Path(__file__).parent / "heldout" / "heldout497_triage.jsonl"
HELDOUT498 = Path(__file__).parent / "heldout" / "heldout498_triage.jsonl"
HELDOUT499 = Path(__file__).parent / "heldout" / "heldout499_triage.jsonl"
HELDOUT500 = Path(__file__).parent / "heldout" / "heldout500_triage.jsonl"
HELDOUT501 = Path(__file__).parent / "heldout" / "heldout501_triage.jsonl"
HELDOUT502 = Path(__file__).parent / "heldout" / "heldout502_triage.jsonl"
HELDOUT503 = Path(__file__).parent / "heldout" / "heldout503_triage.jsonl"
HELDOUT504 = Path(__file__).parent / "heldout" / "heldout504_triage.jsonl"
HELDOUT505 = Path(__file__).parent / "heldout" / "heldout505_triage.jsonl"
HELDOUT506 = Path(__file__).parent / "heldout" / "heldout506_triage.jsonl"
HELDOUT507 = Path(__file__).parent / "heldout" / "heldout507_triage.jsonl"
HELDOUT508 = Path(__file__).parent / "heldout" / "heldout508_triage.jsonl"
HELDOUT509 = Path(__file__).parent / "heldout" / "heldout509_triage.jsonl"
HELDOUT510 = Path(__file__).parent / "heldout" / "heldout510_triage.jsonl"
HELDOUT511 = Path(__file__).parent / "heldout" / "heldout511_triage.jsonl"
HELDOUT512 = Path(__file__).parent / "heldout" / "heldout512_triage.jsonl"
HELDOUT513 = Path(__file__).parent / "heldout" / "heldout513_triage.jsonl"
HELDOUT514 = Path(__file__).parent / "heldout" / "heldout514_triage.jsonl"
HELDOUT515 = Path(__file__).parent / "heldout" / "heldout515_triage.jsonl"
HELDOUT516 = Path(__file__).parent / "heldout" / "heldout516_triage.jsonl"
HELDOUT517 = Path(__file__).parent / "heldout" / "heldout517_triage.jsonl"
HELDOUT518 = Path(__file__).parent / "heldout" / "heldout518_triage.jsonl"
HELDOUT519 = Path(__file__).parent / "heldout" / "heldout519_triage.jsonl"
HELDOUT520 = Path(__file__).parent / "heldout" / "heldout520_triage.jsonl"
HELDOUT521 = Path(__file__).parent / "heldout" / "heldout521_triage.jsonl"
HELDOUT522 = Path(__file__).parent / "heldout" / "heldout522_triage.jsonl"
HELDOUT523 = Path(__file__).parent / "heldout" / "heldout523_triage.jsonl"
HELDOUT524 = Path(__file__).parent / "heldout" / "heldout524_triage.jsonl"
HELDOUT525 = Path(__file__).parent / "heldout" / "heldout525_triage.jsonl"
HELDOUT526 = Path(__file__).parent / "heldout" / "heldout526_triage.jsonl"
HELDOUT527 = Path(__file__).parent / "heldout" / "heldout527_triage.jsonl"
HELDOUT528 = Path(__file__).parent / "heldout" / "heldout528_triage.jsonl"
HELDOUT529 = Path(__file__).parent / "heldout" / "heldout529_triage.jsonl"
HELDOUT530 = Path(__file__).parent / "heldout" / "heldout530_triage.jsonl"
HELDOUT531 = Path(__file__).parent / "heldout" / "heldout531_triage.jsonl"
HELDOUT532 = Path(__file__).parent / "heldout" / "heldout532_triage.jsonl"
HELDOUT533 = Path(__file__).parent / "heldout" / "heldout533_triage.jsonl"
HELDOUT534 = Path(__file__).parent / "heldout" / "heldout534_triage.jsonl"
HELDOUT535 = Path(__file__).parent / "heldout" / "heldout535_triage.jsonl"
HELDOUT536 = Path(__file__).parent / "heldout" / "heldout536_triage.jsonl"
HELDOUT537 = Path(__file__).parent / "heldout" / "heldout537_triage.jsonl"
HELDOUT538 = Path(__file__).parent / "heldout" / "heldout538_triage.jsonl"
HELDOUT539 = Path(__file__).parent / "heldout" / "heldout539_triage.jsonl"
HELDOUT540 = Path(__file__).parent / "heldout" / "heldout540_triage.jsonl"
HELDOUT541 = Path(__file__).parent / "heldout" / "heldout541_triage.jsonl"
HELDOUT542 = Path(__file__).parent / "heldout" / "heldout542_triage.jsonl"
HELDOUT543 = Path(__file__).parent / "heldout" / "heldout543_triage.jsonl"
HELDOUT544 = Path(__file__).parent / "heldout" / "heldout544_triage.jsonl"
HELDOUT545 = Path(__file__).parent / "heldout" / "heldout545_triage.jsonl"
HELDOUT546 = Path(__file__).parent / "heldout" / "heldout546_triage.jsonl"
HELDOUT547 = Path(__file__).parent / "heldout" / "heldout547_triage.jsonl"
HELDOUT548 = Path(__file__).parent / "heldout" / "heldout548_triage.jsonl"
HELDOUT549 = Path(__file__).parent / "heldout" / "heldout549_triage.jsonl"
HELDOUT550 = Path(__file__).parent / "heldout" / "heldout550_triage.jsonl"
HELDOUT551 = Path(__file__).parent / "heldout" / "heldout551_triage.jsonl"
HELDOUT552 = Path(__file__).parent / "heldout" / "heldout552_triage.jsonl"
HELDOUT553 = Path(__file__).parent / "heldout" / "heldout553_triage.jsonl"
HELDOUT554 = Path(__file__).parent / "heldout" / "heldout554_triage.jsonl"
HELDOUT555 = Path(__file__).parent / "heldout" / "heldout555_triage.jsonl"
HELDOUT556 = Path(__file__).parent / "heldout" / "heldout556_triage.jsonl"
HELDOUT557 = Path(__file__).parent / "heldout" / "heldout557_triage.jsonl"
HELDOUT558 = Path(__file__).parent / "heldout" / "heldout558_triage.jsonl"
HELDOUT559 = Path(__file__).parent / "heldout" / "heldout559_triage.jsonl"
HELDOUT560 = Path(__file__).parent / "heldout" / "heldout560_triage.jsonl"
HELDOUT561 = Path(__file__).parent / "heldout" / "heldout561_triage.jsonl"
HELDOUT562 = Path(__file__).parent / "heldout" / "heldout562_triage.jsonl"
HELDOUT563 = Path(__file__).parent / "heldout" / "heldout563_triage.jsonl"
HELDOUT564 = Path(__file__).parent / "heldout" / "heldout564_triage.jsonl"
HELDOUT565 = Path(__file__).parent / "heldout" / "heldout565_triage.jsonl"
HELDOUT566 = Path(__file__).parent / "heldout" / "heldout566_triage.jsonl"
HELDOUT567 = Path(__file__).parent / "heldout" / "heldout567_triage.jsonl"
HELDOUT568 = Path(__file__).parent / "heldout" / "heldout568_triage.jsonl"
HELDOUT569 = Path(__file__).parent / "heldout" / "heldout569_triage.jsonl"
HELDOUT570 = Path(__file__).parent / "heldout" / "heldout570_triage.jsonl"
HELDOUT571 = Path(__file__).parent / "heldout" / "heldout571_triage.jsonl"
HELDOUT572 = Path(__file__).parent / "heldout" / "heldout572_triage.jsonl"
HELDOUT573 = Path(__file__).parent / "heldout" / "heldout573_triage.jsonl"
HELDOUT575 = Path(__file__).parent / "heldout" / "heldout575_triage.jsonl"
HELDOUT574 = Path(__file__).parent / "heldout" / "heldout574_triage.jsonl"
HELDOUT576 = Path(__file__).parent / "heldout" / "heldout576_triage.jsonl"
HELDOUT577 = Path(__file__).parent / "heldout" / "heldout577_triage.jsonl"
HELDOUT578 = Path(__file__).parent / "heldout" / "heldout578_triage.jsonl"
HELDOUT579 = Path(__file__).parent / "heldout" / "heldout579_triage.jsonl"
HELDOUT580 = Path(__file__).parent / "heldout" / "heldout580_triage.jsonl"
HELDOUT581 = Path(__file__).parent / "heldout" / "heldout581_triage.jsonl"
# Sets asked for a few languages only (three big ones and some English; English with Tagalog, Hinglish, Swahili;
# English with some Spanish and French; English varieties with Spanish and Portuguese; English with some Spanish and
# Portuguese; the five big Romance and German languages only; four of them with some English).
FEW_LANGUAGES = (HELDOUT27, HELDOUT28, HELDOUT33, HELDOUT36, HELDOUT62, HELDOUT92, HELDOUT197, HELDOUT229, HELDOUT244,
                 HELDOUT248, HELDOUT272, HELDOUT273, HELDOUT464, HELDOUT465,
                 HELDOUT466, HELDOUT480, HELDOUT485, HELDOUT486, HELDOUT490, HELDOUT493,
                 HELDOUT494, HELDOUT495)
# (a writer asked for one language's varieties: English as written in eight countries)
ONE_LANGUAGE = (HELDOUT228,)
# Sets asked for other languages than English only (set 197 for the five big Romance and German ones).
NO_ENGLISH = (HELDOUT75, HELDOUT178, HELDOUT197, HELDOUT198, HELDOUT214, HELDOUT223, HELDOUT229, HELDOUT230,
              HELDOUT249, HELDOUT267, HELDOUT294, HELDOUT306, HELDOUT334, HELDOUT338, HELDOUT342, HELDOUT346,
              HELDOUT350, HELDOUT358, HELDOUT362,
              HELDOUT366, HELDOUT370, HELDOUT374, HELDOUT378, HELDOUT382, HELDOUT386, HELDOUT390, HELDOUT394,
              HELDOUT398, HELDOUT402, HELDOUT406, HELDOUT410, HELDOUT414, HELDOUT418,
              HELDOUT422, HELDOUT426, HELDOUT434, HELDOUT442, HELDOUT450, HELDOUT459,
              HELDOUT464, HELDOUT465, HELDOUT466, HELDOUT467, HELDOUT469,
              HELDOUT472, HELDOUT473, HELDOUT474, HELDOUT478, HELDOUT479, HELDOUT483,
              HELDOUT484, HELDOUT489, HELDOUT490, HELDOUT491,
              HELDOUT494, HELDOUT496,
              HELDOUT500, HELDOUT502,
              HELDOUT513,
              HELDOUT521,
              HELDOUT530,
              HELDOUT535,
              HELDOUT550,
              HELDOUT572)
SETS = (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10,
        HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19,
        HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26, HELDOUT27, HELDOUT28,
        HELDOUT29, HELDOUT30, HELDOUT31, HELDOUT32, HELDOUT33,
        HELDOUT34, HELDOUT35, HELDOUT36, HELDOUT37,
        HELDOUT38, HELDOUT39, HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43, HELDOUT44, HELDOUT45, HELDOUT46, HELDOUT47,
        HELDOUT48, HELDOUT49, HELDOUT50, HELDOUT51, HELDOUT52, HELDOUT53, HELDOUT54, HELDOUT55,
        HELDOUT56, HELDOUT57, HELDOUT58, HELDOUT59, HELDOUT60, HELDOUT61, HELDOUT62, HELDOUT63,
        HELDOUT64, HELDOUT65, HELDOUT66, HELDOUT67, HELDOUT68, HELDOUT69, HELDOUT70, HELDOUT71,
        HELDOUT72, HELDOUT73, HELDOUT74, HELDOUT75, HELDOUT76, HELDOUT77, HELDOUT78, HELDOUT79,
        HELDOUT80, HELDOUT81, HELDOUT82, HELDOUT83, HELDOUT84, HELDOUT85, HELDOUT86, HELDOUT87,
        HELDOUT88, HELDOUT89, HELDOUT90, HELDOUT91, HELDOUT92, HELDOUT93, HELDOUT94, HELDOUT95,
        HELDOUT96, HELDOUT97, HELDOUT98, HELDOUT99, HELDOUT100, HELDOUT101, HELDOUT102, HELDOUT103,
        HELDOUT104, HELDOUT105, HELDOUT106, HELDOUT107, HELDOUT108, HELDOUT109, HELDOUT110, HELDOUT111,
        HELDOUT112, HELDOUT113, HELDOUT114, HELDOUT115, HELDOUT116, HELDOUT117, HELDOUT118, HELDOUT119,
        HELDOUT120, HELDOUT121, HELDOUT122, HELDOUT123, HELDOUT124, HELDOUT125, HELDOUT126, HELDOUT127,
        HELDOUT128, HELDOUT129, HELDOUT130, HELDOUT131, HELDOUT132, HELDOUT133, HELDOUT134, HELDOUT135,
        HELDOUT136, HELDOUT137, HELDOUT138, HELDOUT139, HELDOUT140, HELDOUT141, HELDOUT142, HELDOUT143,
        HELDOUT144, HELDOUT145, HELDOUT146, HELDOUT147, HELDOUT148, HELDOUT149, HELDOUT150, HELDOUT151,
        HELDOUT152, HELDOUT153, HELDOUT154, HELDOUT155, HELDOUT156, HELDOUT157, HELDOUT158, HELDOUT159,
        HELDOUT160, HELDOUT161, HELDOUT162, HELDOUT163, HELDOUT164, HELDOUT165, HELDOUT166, HELDOUT167,
        HELDOUT168, HELDOUT169, HELDOUT170, HELDOUT171, HELDOUT172, HELDOUT173, HELDOUT174, HELDOUT175,
        HELDOUT176, HELDOUT177, HELDOUT178, HELDOUT179,
        HELDOUT180, HELDOUT181, HELDOUT182, HELDOUT183,
        HELDOUT184, HELDOUT185, HELDOUT186, HELDOUT187,
        HELDOUT188, HELDOUT189, HELDOUT190, HELDOUT191,
        HELDOUT192, HELDOUT193, HELDOUT194, HELDOUT195,
        HELDOUT196, HELDOUT197, HELDOUT198, HELDOUT199,
        HELDOUT200, HELDOUT201, HELDOUT202, HELDOUT203,
        HELDOUT204, HELDOUT205, HELDOUT206, HELDOUT207,
        HELDOUT208, HELDOUT209, HELDOUT210, HELDOUT211,
        HELDOUT212, HELDOUT213, HELDOUT214, HELDOUT215,
        HELDOUT216, HELDOUT217, HELDOUT218, HELDOUT219,
        HELDOUT220, HELDOUT221, HELDOUT222, HELDOUT223,
        HELDOUT224, HELDOUT225, HELDOUT226, HELDOUT227,
        HELDOUT228, HELDOUT229, HELDOUT230, HELDOUT231,
        HELDOUT232, HELDOUT233, HELDOUT234, HELDOUT235,
        HELDOUT236, HELDOUT237, HELDOUT238, HELDOUT239,
        HELDOUT240, HELDOUT241, HELDOUT242, HELDOUT243,
        HELDOUT244, HELDOUT245, HELDOUT246, HELDOUT247,
        HELDOUT248, HELDOUT249, HELDOUT250, HELDOUT251,
        HELDOUT252, HELDOUT253, HELDOUT254, HELDOUT255,
        HELDOUT256, HELDOUT257, HELDOUT258, HELDOUT259,
        HELDOUT260, HELDOUT261, HELDOUT262, HELDOUT263,
        HELDOUT264, HELDOUT265, HELDOUT266, HELDOUT267,
        HELDOUT268, HELDOUT269, HELDOUT270, HELDOUT271,
        HELDOUT272, HELDOUT273, HELDOUT274, HELDOUT275,
        HELDOUT276, HELDOUT277, HELDOUT278, HELDOUT279,
        HELDOUT280, HELDOUT281, HELDOUT282, HELDOUT283,
        HELDOUT284, HELDOUT285, HELDOUT286, HELDOUT287,
        HELDOUT288, HELDOUT289, HELDOUT290, HELDOUT291,
        HELDOUT292, HELDOUT293, HELDOUT294, HELDOUT295,
        HELDOUT296, HELDOUT297, HELDOUT298, HELDOUT299,
        HELDOUT300, HELDOUT301, HELDOUT302, HELDOUT303,
        HELDOUT304, HELDOUT305, HELDOUT306, HELDOUT307,
        HELDOUT308, HELDOUT309, HELDOUT310, HELDOUT311,
        HELDOUT312, HELDOUT313, HELDOUT314, HELDOUT315,
        HELDOUT316, HELDOUT317, HELDOUT318, HELDOUT319,
        HELDOUT320, HELDOUT321, HELDOUT322, HELDOUT323,
        HELDOUT324, HELDOUT325, HELDOUT326, HELDOUT327,
        HELDOUT328, HELDOUT329, HELDOUT330, HELDOUT331,
        HELDOUT332, HELDOUT333, HELDOUT334, HELDOUT335,
        HELDOUT336, HELDOUT337, HELDOUT338, HELDOUT339,
        HELDOUT340, HELDOUT341, HELDOUT342, HELDOUT343,
        HELDOUT344, HELDOUT345, HELDOUT346, HELDOUT347,
        HELDOUT348, HELDOUT349, HELDOUT350, HELDOUT351,
        HELDOUT352, HELDOUT353, HELDOUT354, HELDOUT355,
        HELDOUT356, HELDOUT357, HELDOUT358, HELDOUT359,
        HELDOUT360, HELDOUT361, HELDOUT362, HELDOUT363,
        HELDOUT364, HELDOUT365, HELDOUT366, HELDOUT367,
        HELDOUT368, HELDOUT369, HELDOUT370, HELDOUT371,
        HELDOUT372, HELDOUT373, HELDOUT374, HELDOUT375,
        HELDOUT376, HELDOUT377, HELDOUT378, HELDOUT379,
        HELDOUT380, HELDOUT381, HELDOUT382, HELDOUT383,
        HELDOUT384, HELDOUT385, HELDOUT386, HELDOUT387,
        HELDOUT388, HELDOUT389, HELDOUT390, HELDOUT391,
        HELDOUT392, HELDOUT393, HELDOUT394, HELDOUT395,
        HELDOUT396, HELDOUT397, HELDOUT398, HELDOUT399,
        HELDOUT400, HELDOUT401, HELDOUT402, HELDOUT403,
        HELDOUT404, HELDOUT405, HELDOUT406, HELDOUT407,
        HELDOUT408, HELDOUT409, HELDOUT410, HELDOUT411,
        HELDOUT412, HELDOUT413, HELDOUT414, HELDOUT415,
        HELDOUT416, HELDOUT417, HELDOUT418, HELDOUT419,
        HELDOUT420, HELDOUT421, HELDOUT422, HELDOUT423,
        HELDOUT424, HELDOUT425, HELDOUT426, HELDOUT427, HELDOUT428, HELDOUT429, HELDOUT430, HELDOUT431,
        HELDOUT432, HELDOUT433, HELDOUT434, HELDOUT435, HELDOUT436, HELDOUT437, HELDOUT438, HELDOUT439,
        HELDOUT440, HELDOUT441, HELDOUT442, HELDOUT443, HELDOUT444, HELDOUT445, HELDOUT446, HELDOUT447,
        HELDOUT448, HELDOUT449, HELDOUT450, HELDOUT451, HELDOUT452, HELDOUT453, HELDOUT454, HELDOUT455,
        HELDOUT456, HELDOUT457, HELDOUT458, HELDOUT459, HELDOUT460, HELDOUT461, HELDOUT462, HELDOUT463,
        HELDOUT464, HELDOUT465, HELDOUT467, HELDOUT468, HELDOUT469, HELDOUT470, HELDOUT471,
        HELDOUT466, HELDOUT472, HELDOUT473, HELDOUT474, HELDOUT475, HELDOUT476, HELDOUT477,
        HELDOUT478, HELDOUT479, HELDOUT480, HELDOUT481, HELDOUT482, HELDOUT483,
        HELDOUT485, HELDOUT486, HELDOUT487, HELDOUT488, HELDOUT489, HELDOUT484,
        HELDOUT490, HELDOUT491, HELDOUT492, HELDOUT493,
        HELDOUT494, HELDOUT495, HELDOUT496, HELDOUT497, HELDOUT498, HELDOUT499,
        HELDOUT500, HELDOUT501, HELDOUT502,
        HELDOUT503,
        HELDOUT504, HELDOUT505, HELDOUT506, HELDOUT507,
        HELDOUT508, HELDOUT509, HELDOUT510, HELDOUT511,
        HELDOUT512, HELDOUT513, HELDOUT514, HELDOUT515,
        HELDOUT516, HELDOUT517, HELDOUT518, HELDOUT519,
        HELDOUT520, HELDOUT521, HELDOUT522, HELDOUT523,
        HELDOUT524, HELDOUT525, HELDOUT526, HELDOUT527,
        HELDOUT528, HELDOUT529, HELDOUT530, HELDOUT531,
        HELDOUT532, HELDOUT533, HELDOUT534, HELDOUT535,
        HELDOUT536, HELDOUT537, HELDOUT538, HELDOUT539,
        HELDOUT540, HELDOUT541, HELDOUT542, HELDOUT543,
        HELDOUT544, HELDOUT545, HELDOUT546, HELDOUT547,
        HELDOUT548, HELDOUT549, HELDOUT550, HELDOUT551,
        HELDOUT552, HELDOUT553, HELDOUT554, HELDOUT555,
        HELDOUT556, HELDOUT557, HELDOUT558, HELDOUT559,
        HELDOUT560, HELDOUT561, HELDOUT562, HELDOUT563,
        HELDOUT564, HELDOUT565, HELDOUT566, HELDOUT567,
        HELDOUT568, HELDOUT569, HELDOUT570, HELDOUT571,
        HELDOUT572, HELDOUT573, HELDOUT575,
        HELDOUT574,
        HELDOUT576, HELDOUT577, HELDOUT578, HELDOUT579,
        HELDOUT580, HELDOUT581)
# Evaluated once and read since: the model head may train on these (see heldout/README.md). The others are
# still unspent and are read by nothing but the evaluation.
SPENT = (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
# (Sets 9-11 were evaluated and read on 3 December, night, for the rules' classes, but are not training data
# of the head yet: they stay out of the training script like the unread sets 12 and 13.)
UNSPENT = tuple(path for path in SETS if path not in SPENT)
# Evaluated at least once: the labelled-neighbours bank (learned/neighbours.npz) holds them. Sets after these are
# unspent and must stay out of it until their evaluation.
BANKED = SETS[:575]
LABELS = {"targeted", "mass_scam", "other_extortion", "not_extortion"}
# Sets asked for one-to-three-line messages only: a bulk e-mail is no short message, so they hold none; and sets asked
# for tellings of a threat going on, in a person's own words, with the talk that looks like them.
NO_BULK = (HELDOUT444, HELDOUT503)
# Sets asked for chat between people only (teenagers' chat): threats aimed at one person and the talk that looks
# like them, no bulk e-mail and no other extortion.
AIMED_ONLY = (HELDOUT495,)


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_heldout_rows_are_labelled_and_marked(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 60
    assert all(r["label"] in LABELS and r["heldout"] is True and r["synthetic"] is True for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    langs = {r["language"] for r in rows}
    # (a writer asked for an emphasis covers fewer of the big languages, and fewer languages only when asked to)
    least = 1 if path in ONE_LANGUAGE else 3 if path in FEW_LANGUAGES else 6
    assert ("en" in langs or path in NO_ENGLISH) and len(langs) >= least
    expected = {"targeted", "not_extortion"} if path in AIMED_ONLY else LABELS - {"mass_scam"} if path in NO_BULK \
        else LABELS
    assert {r["label"] for r in rows} == expected


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_heldout_texts_are_in_no_training_or_rule_fixture(path: Path) -> None:
    held = {str(r["text"]).strip().lower() for r in _rows(path)}
    for path in (*sorted((ROOT / "data" / "triage").glob("*.jsonl")),
                 Path(__file__).parent / "fixtures" / "triage_synthetic.jsonl"):
        other = {str(r.get("text", "")).strip().lower() for r in _rows(path)}
        assert not held & other, path
    for test_file in Path(__file__).parent.glob("test_*.py"):
        if test_file.name == Path(__file__).name:
            continue
        assert "heldout" not in test_file.read_text(encoding="utf-8"), test_file


def test_training_script_reads_only_spent_sets() -> None:
    script = (ROOT / "scripts" / "train_triage_model.py").read_text(encoding="utf-8")
    for path in SPENT:
        assert f'SPENT / "{path.name}"' in script
    for path in UNSPENT:
        assert path.name not in script
    for path in (ROOT / "benchmarks" / "cv_model_flag.py", ROOT / "benchmarks" / "verdict_snapshot.py"):
        text = path.read_text(encoding="utf-8")
        assert not any(unspent.name in text for unspent in UNSPENT), path


def test_the_heldout_sets_share_no_message() -> None:
    texts = [{str(r["text"]).strip().lower() for r in _rows(path)} for path in SETS]
    for i, one in enumerate(texts):
        for other in texts[i + 1:]:
            assert not one & other
    assert len(_rows(HELDOUT2)) >= 80
    assert {r["language"] for r in _rows(HELDOUT2)} >= {"en", "es", "de", "it", "fr", "pt", "nl"}


def test_the_neighbours_bank_holds_only_spent_sets() -> None:
    record = json.loads((ROOT / "src" / "standfast" / "analyze" / "learned" / "training_record.json")
                        .read_text(encoding="utf-8"))
    sources = {source["path"] for source in record["neighbours"]["sources"]}
    banked = {str(path.relative_to(ROOT)) for path in BANKED}
    assert {p for p in sources if p.startswith("tests/")} == banked
    assert not sources & {str(path.relative_to(ROOT)) for path in SETS if path not in BANKED}
    assert {p for p in sources if not p.startswith("tests/")} == {
        str(path.relative_to(ROOT)) for path in (ROOT / "data" / "triage").glob("*.jsonl")}


EVERYDAY_CHECK = ROOT / "tests" / "analyze" / "everyday" / "everyday_check.jsonl"


def test_the_head_learns_only_from_the_bank() -> None:
    record = json.loads((ROOT / "src" / "standfast" / "analyze" / "learned" / "training_record.json")
                        .read_text(encoding="utf-8"))
    bank = {source["path"] for source in record["neighbours"]["sources"]}
    data = record["training_data"]
    learned = {data["synthetic"]["path"]} | {entry["path"] for entry in data["authors"]}
    # the head learns from the bank's files up to a set of its own (scripts/train_triage_model.py, HEAD_LAST_SET)
    assert learned <= bank
    assert learned == {p for p in bank if not p.startswith("tests/")} | {
        str(path.relative_to(ROOT)) for path in SETS[:data["last_spent_set"]]}
    assert data["last_spent_set"] <= len(BANKED)
    assert not learned & {str(path.relative_to(ROOT)) for path in UNSPENT if path not in BANKED}
    assert str(EVERYDAY_CHECK.relative_to(ROOT)) not in learned | bank


def test_the_everyday_check_is_ordinary_and_apart() -> None:
    rows = _rows(EVERYDAY_CHECK)
    assert len(rows) >= 250 and all(r["label"] == "not_extortion" for r in rows)
    assert len({r["id"] for r in rows}) == len(rows) and len({r["language"] for r in rows}) >= 20
    mine = {str(r["text"]).strip().lower() for r in rows}
    for path in (*sorted((ROOT / "data" / "triage").glob("*.jsonl")), *SETS):
        assert not mine & {str(r.get("text", "")).strip().lower() for r in _rows(path)}, path
