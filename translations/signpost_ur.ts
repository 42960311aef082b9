<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch anywhere to start</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">شروع کرنے کے لیے کہیں بھی چھوئیں</translation>
    </message>
    <message>
        <source>Or press any key to start.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یا شروع کرنے کے لیے کوئی بھی بٹن دبائیں۔</translation>
    </message>
    <message>
        <source>Worried about your own thoughts or behaviour?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اپنے خیالات یا رویے سے پریشان ہیں؟</translation>
    </message>
    <message>
        <source>Under 18, and someone is hurting you or you need to talk?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آپ کی عمر 18 سال سے کم ہے، اور کوئی آپ کو تکلیف دے رہا ہے یا آپ کو کسی سے بات کرنی ہے؟</translation>
    </message>
    <message>
        <source>Worried about a child?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">کسی بچے کے بارے میں فکرمند ہیں؟</translation>
    </message>
</context>
<context>
    <name>ChannelAvailability</name>
    <message>
        <source>midnight</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آدھی رات</translation>
    </message>
    <message>
        <source>12-hour clock</source>
        <extracomment>Translate as &quot;24-hour clock&quot; (these exact English words) where times are written 21:00.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">24-hour clock</translation>
    </message>
    <message>
        <source>midday</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">دوپہر 12 بجے</translation>
    </message>
    <message>
        <source>%1pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">شام %1 بجے</translation>
    </message>
    <message>
        <source>%1am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">صبح %1 بجے</translation>
    </message>
    <message>
        <source>%1:%2pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">شام %1:%2 بجے</translation>
    </message>
    <message>
        <source>%1:%2am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">صبح %1:%2 بجے</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose month names this language uses, for example cy_GB or pl_PL.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ur_PK</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">24 گھنٹے کھلا ہے</translation>
    </message>
    <message>
        <source>Open now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے</translation>
    </message>
    <message>
        <source>Open now — until %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — %1 تک</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی بند ہے</translation>
    </message>
    <message>
        <source>Closed now — %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی بند ہے — %1</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">پیر کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">منگل کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">بدھ کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">جمعرات کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">جمعہ کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ہفتہ کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اتوار کو %1 کھلے گا</translation>
    </message>
    <message>
        <source>Open now — until Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — پیر کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — منگل کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — بدھ کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — جمعرات کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — جمعہ کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — ہفتہ کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — اتوار کو %1 تک</translation>
    </message>
    <message>
        <source>Open now — until tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — کل %1 تک</translation>
    </message>
    <message>
        <source>Open now — until %1 on %2</source>
        <extracomment>%1 is a time, %2 a date such as &quot;9 February&quot;.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی کھلا ہے — %2 کو %1 تک</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">کل %1 کھلے گا</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>%1 is a date such as &quot;9 February&quot;, %2 a time.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 کو %2 کھلے گا</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Anonymous: you do not have to say who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">گمنام: آپ کو یہ بتانے کی ضرورت نہیں کہ آپ کون ہیں۔</translation>
    </message>
    <message>
        <source>Confidential. If a child is at risk, they may have to pass that on.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">رازدارانہ۔ اگر کسی بچے کو خطرہ ہو تو انہیں یہ بات آگے بتانی پڑ سکتی ہے۔</translation>
    </message>
    <message>
        <source>Not anonymous: they will ask who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">گمنام نہیں: وہ پوچھیں گے کہ آپ کون ہیں۔</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>What happens when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">جب آپ کال کرتے ہیں تو کیا ہوتا ہے</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آگے کیا ہوتا ہے</translation>
    </message>
    <message>
        <source>What they do with what you tell them</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آپ جو بتاتے ہیں، وہ اس کا کیا کرتے ہیں</translation>
    </message>
    <message>
        <source>Scan to keep this on your phone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اسے اپنے فون میں رکھنے کے لیے اسکین کریں</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">کال کریں</translation>
    </message>
    <message>
        <source>Textphone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ٹیکسٹ فون</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ٹیکسٹ میسج</translation>
    </message>
    <message>
        <source>BSL video relay</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">BSL ویڈیو ریلے</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">لائیو چیٹ</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ویب سائٹ</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Is someone in danger now?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">کیا کوئی ابھی خطرے میں ہے؟</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 پر کال کریں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Textphone or Relay UK app: %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ٹیکسٹ فون یا ⁨Relay UK⁩ ایپ: %1</translation>
    </message>
</context>
<context>
    <name>HoursClaim</name>
    <message>
        <source>Opening times: check when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اوقاتِ کار: کال کرتے وقت معلوم کریں</translation>
    </message>
    <message>
        <source>Opening times: check when you get in touch</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اوقاتِ کار: رابطہ کرتے وقت معلوم کریں</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>This screen will start again in %n seconds.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">
            <numerusform>یہ اسکرین %n سیکنڈ میں دوبارہ شروع ہو جائے گی۔</numerusform>
            <numerusform>یہ اسکرین %n سیکنڈ میں دوبارہ شروع ہو جائے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">کیا آپ ابھی یہاں ہیں؟</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">میں ابھی یہاں ہوں</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Signpost</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Signpost</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <source>Now in %1. Opens the list of languages.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ابھی %1 میں۔ زبانوں کی فہرست کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Reads each screen aloud. You can also press F2 or the star key.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ہر اسکرین بلند آواز سے پڑھتا ہے۔ آپ F2 یا ستارے والی کلید بھی دبا سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Signpost</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Signpost</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اپنی زبان منتخب کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>Keeps the language you have now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">موجودہ زبان ہی رہنے دیتا ہے۔</translation>
    </message>
</context>
<context>
    <name>LeaveButton</name>
    <message>
        <source>Leave this screen</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین چھوڑیں</translation>
    </message>
    <message>
        <source>Clears this screen at once. You can also press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین فوراً صاف کر دیتا ہے۔ آپ Shift کو تین بار بھی دبا سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>MoreBelowCue</name>
    <message>
        <source>More below</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">مزید نیچے</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">دوبارہ شروع کریں</translation>
    </message>
</context>
<context>
    <name>OutcomeAvailability</name>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is closed now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 ابھی بند ہے۔</translation>
    </message>
    <message>
        <source>%1 is closed now. It %2.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 ابھی بند ہے۔ یہ %2۔</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Other ways to get help</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">مدد حاصل کرنے کے دوسرے طریقے</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین آپ کی رازداری کی حفاظت کیسے کرتی ہے</translation>
    </message>
    <message>
        <source>What this screen does</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین کیا کرتی ہے</translation>
    </message>
    <message>
        <source>It keeps no record of what you choose. Nothing is saved.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ آپ کے انتخاب کا کوئی ریکارڈ نہیں رکھتی۔ کچھ بھی رکھا نہیں جاتا۔</translation>
    </message>
    <message>
        <source>It sends nothing anywhere.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ کہیں کچھ نہیں بھیجتی۔</translation>
    </message>
    <message>
        <source>Everything is wiped when you press “Leave this screen”, or when nobody has touched it for a short time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">جب آپ «یہ اسکرین چھوڑیں» دباتے ہیں، یا جب تھوڑی دیر کوئی اسے نہیں چھوتا، تو سب کچھ مٹ جاتا ہے۔</translation>
    </message>
    <message>
        <source>You never have to type your name or anything about yourself.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آپ کو کبھی اپنا نام یا اپنے بارے میں کچھ بھی ٹائپ نہیں کرنا پڑتا۔</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">•  %1</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آپ کو کیا معلوم ہونا چاہیے</translation>
    </message>
    <message>
        <source>If you call a number, the call shows in your phone’s call history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اگر آپ کسی نمبر پر کال کرتے ہیں تو کال آپ کے فون کی کال ہسٹری میں نظر آتی ہے۔</translation>
    </message>
    <message>
        <source>If you scan a code, the address is kept in your phone’s browser history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اگر آپ کوئی کوڈ اسکین کرتے ہیں تو ویب سائٹ کا پتہ (لنک) آپ کے فون کے براؤزر کی ہسٹری میں رہتا ہے۔</translation>
    </message>
    <message>
        <source>People near you may be able to see this screen. You can leave it at any time: press “Leave this screen” at the top, or press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">آپ کے آس پاس کے لوگ یہ اسکرین دیکھ سکتے ہیں۔ آپ اسے کسی بھی وقت چھوڑ سکتے ہیں: اوپر «یہ اسکرین چھوڑیں» دبائیں، یا Shift کو تین بار دبائیں۔</translation>
    </message>
</context>
<context>
    <name>QuickExitAnnouncer</name>
    <message>
        <source>Leave this screen: press Shift 2 more times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین چھوڑیں: Shift مزید 2 بار دبائیں۔</translation>
    </message>
    <message>
        <source>Leave this screen: press Shift 1 more time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین چھوڑیں: Shift مزید 1 بار دبائیں۔</translation>
    </message>
    <message>
        <source>Quick exit timed out.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">فوری طور پر نکلنے کا وقت ختم ہو گیا۔</translation>
    </message>
    <message>
        <source>Loading.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">لوڈ ہو رہا ہے۔</translation>
    </message>
</context>
<context>
    <name>QuickExitCue</name>
    <message>
        <source>Quick exit progress</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">فوری طور پر نکلنے کی پیش رفت</translation>
    </message>
    <message>
        <source>Shift pressed %1 of %2 times</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Shift کو %2 میں سے %1 بار دبایا گیا</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <source>%1, %2 of %3</source>
        <comment>an answer read aloud: its words, its place in the list, how many</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1، %3 میں سے %2</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <comment>the helpline number read aloud a second time</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">دوبارہ: %1</translation>
    </message>
    <message>
        <source>A QR code that opens %1 on your phone.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ایک QR کوڈ جو آپ کے فون پر %1 کھولتا ہے۔</translation>
    </message>
    <message>
        <source>To hear this screen read aloud, press F2 or the star key, or touch Read aloud at the top of the screen.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">اس اسکرین کو بلند آواز سے سننے کے لیے F2 یا ستارے والی کلید دبائیں، یا اسکرین کے اوپر &quot;بلند آواز سے پڑھیں&quot; کو چھوئیں۔</translation>
    </message>
    <message>
        <source>Reading aloud. Tab or the arrows move, Enter chooses, slash repeats, full stop pauses. On a touch screen, touch once to hear and twice to choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">بلند آواز سے پڑھا جا رہا ہے۔ Tab یا تیر والی کلیدیں آگے بڑھاتی ہیں، Enter منتخب کرتا ہے، سلیش دہراتا ہے، فل اسٹاپ روکتا ہے۔ ٹچ اسکرین پر سننے کے لیے ایک بار اور منتخب کرنے کے لیے دو بار چھوئیں۔</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Free, confidential help. This screen keeps no record of what you choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">مفت، رازدارانہ مدد۔ یہ اسکرین آپ کے انتخاب کا کوئی ریکارڈ نہیں رکھتی۔</translation>
    </message>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">یہ اسکرین آپ کی رازداری کی حفاظت کیسے کرتی ہے</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">بڑا متن</translation>
    </message>
    <message>
        <source>Makes the words on every screen bigger until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">جب تک آپ یہاں ہیں، ہر اسکرین پر الفاظ بڑے کر دیتا ہے۔</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <source>White and yellow on black on every screen until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">جب تک آپ یہاں ہیں، ہر اسکرین پر کالے پر سفید اور پیلا۔</translation>
    </message>
</context>
</TS>
