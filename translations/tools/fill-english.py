#!/usr/bin/env python3
# usage: fill-english.py translations/mlretrain_en.ts  (after update_translations)
# Fills translations/mlretrain_en.ts: every entry finished, the source itself; plural forms
# from "word(s)" (singular/plural), with a few grammatical fixes.
import sys, re, xml.etree.ElementTree as ET
ts = sys.argv[1]
fixes = {'The new model passes all %n gate rule(s).': ('The new model passes its %n gate rule.', 'The new model passes all %n gate rules.'),
         '%n row(s) have no value in the label column "%1" (the first on line %2); training skips them.':
         ('%n row has no value in the label column "%1" (the first on line %2); training skips it.',
          '%n rows have no value in the label column "%1" (the first on line %2); training skips them.')}
t = ET.parse(ts); n = 0
for ctx in t.getroot().iter('context'):
    for m in ctx.iter('message'):
        tr = m.find('translation')
        src = m.find('source').text or ''
        if m.get('numerus') != 'yes' and tr.get('type') != 'unfinished' and (tr.text or len(tr)): continue
        for c in list(tr): tr.remove(c)
        tr.text = None
        tr.attrib.pop('type', None)
        if m.get('numerus') == 'yes':
            # Only the word counted by %n varies; other "(s)" stay as they are.
            pat = r'(%L?n [^()%]*?)\(s\)'
            one, many = fixes.get(src, (re.sub(pat, r'\1', src, count=1), re.sub(pat, r'\1s', src, count=1)))
            for f in (one, many):
                ET.SubElement(tr, 'numerusform').text = f
        else:
            tr.text = src
        n += 1
t.write(ts, encoding='utf-8', xml_declaration=True)
print('filled', n)
