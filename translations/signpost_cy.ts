<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch anywhere to start</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cyffyrddwch unrhyw le i ddechrau</translation>
    </message>
    <message>
        <source>Or press any key to start.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Neu bwyswch unrhyw fysell i ddechrau.</translation>
    </message>
    <message>
        <source>Worried about your own thoughts or behaviour?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn poeni am eich meddyliau neu eich ymddygiad eich hun?</translation>
    </message>
    <message>
        <source>Under 18, and someone is hurting you or you need to talk?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Dan 18 oed, ac mae rhywun yn eich brifo neu mae angen i chi siarad?</translation>
    </message>
    <message>
        <source>Worried about a child?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn poeni am blentyn?</translation>
    </message>
</context>
<context>
    <name>ChannelAvailability</name>
    <message>
        <source>midnight</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">hanner nos</translation>
    </message>
    <message>
        <source>12-hour clock</source>
        <extracomment>Translate as &quot;24-hour clock&quot; (these exact English words) where times are written 21:00.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">12-hour clock</translation>
    </message>
    <message>
        <source>midday</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">hanner dydd</translation>
    </message>
    <message>
        <source>%1pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1yh</translation>
    </message>
    <message>
        <source>%1am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1yb</translation>
    </message>
    <message>
        <source>%1:%2pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1:%2yh</translation>
    </message>
    <message>
        <source>%1:%2am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1:%2yb</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose month names this language uses, for example cy_GB or pl_PL.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">cy_GB</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor 24 awr</translation>
    </message>
    <message>
        <source>Open now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr</translation>
    </message>
    <message>
        <source>Open now — until %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar gau nawr</translation>
    </message>
    <message>
        <source>Closed now — %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar gau nawr — %1</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor am %1</translation>
    </message>
    <message>
        <source>opens Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Llun am %1</translation>
    </message>
    <message>
        <source>opens Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Mawrth am %1</translation>
    </message>
    <message>
        <source>opens Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Mercher am %1</translation>
    </message>
    <message>
        <source>opens Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Iau am %1</translation>
    </message>
    <message>
        <source>opens Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Gwener am %1</translation>
    </message>
    <message>
        <source>opens Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Sadwrn am %1</translation>
    </message>
    <message>
        <source>opens Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ddydd Sul am %1</translation>
    </message>
    <message>
        <source>Open now — until Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Llun am %1</translation>
    </message>
    <message>
        <source>Open now — until Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Mawrth am %1</translation>
    </message>
    <message>
        <source>Open now — until Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Mercher am %1</translation>
    </message>
    <message>
        <source>Open now — until Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Iau am %1</translation>
    </message>
    <message>
        <source>Open now — until Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Gwener am %1</translation>
    </message>
    <message>
        <source>Open now — until Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Sadwrn am %1</translation>
    </message>
    <message>
        <source>Open now — until Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan ddydd Sul am %1</translation>
    </message>
    <message>
        <source>Open now — until tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan yfory am %1</translation>
    </message>
    <message>
        <source>Open now — until %1 on %2</source>
        <extracomment>%1 is a time, %2 a date such as &quot;9 February&quot;.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ar agor nawr — tan %1 ar %2</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor yfory am %1</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>%1 is a date such as &quot;9 February&quot;, %2 a time.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">yn agor ar %1 am %2</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Anonymous: you do not have to say who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Dienw: does dim rhaid i chi ddweud pwy ydych chi.</translation>
    </message>
    <message>
        <source>Confidential. If a child is at risk, they may have to pass that on.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cyfrinachol. Os yw plentyn mewn perygl, efallai y bydd rhaid iddyn nhw rannu hynny.</translation>
    </message>
    <message>
        <source>Not anonymous: they will ask who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nid yw&apos;n ddienw: byddan nhw&apos;n gofyn pwy ydych chi.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>What happens when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Beth sy&apos;n digwydd pan fyddwch chi&apos;n ffonio</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>What they do with what you tell them</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Beth maen nhw&apos;n ei wneud â&apos;r hyn rydych chi&apos;n ei ddweud wrthyn nhw</translation>
    </message>
    <message>
        <source>Scan to keep this on your phone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sganiwch i gadw hwn ar eich ffôn</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ffonio</translation>
    </message>
    <message>
        <source>Textphone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ffôn testun</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Neges destun</translation>
    </message>
    <message>
        <source>BSL video relay</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cyfnewid fideo BSL</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sgwrs fyw</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">E-bost</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Gwefan</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Is someone in danger now?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Oes rhywun mewn perygl nawr?</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ffoniwch %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Textphone or Relay UK app: %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ffôn testun neu ap Relay UK: %1</translation>
    </message>
</context>
<context>
    <name>HoursClaim</name>
    <message>
        <source>Opening times: check when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Oriau agor: holwch pan fyddwch yn ffonio</translation>
    </message>
    <message>
        <source>Opening times: check when you get in touch</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Oriau agor: holwch pan fyddwch yn cysylltu</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>This screen will start again in %n seconds.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">
            <numerusform>Bydd y sgrin hon yn dechrau eto ymhen %n eiliad.</numerusform>
            <numerusform>Bydd y sgrin hon yn dechrau eto ymhen %n eiliad.</numerusform>
            <numerusform>Bydd y sgrin hon yn dechrau eto ymhen %n eiliad.</numerusform>
            <numerusform>Bydd y sgrin hon yn dechrau eto ymhen %n eiliad.</numerusform>
            <numerusform>Bydd y sgrin hon yn dechrau eto ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ydych chi&apos;n dal yna?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Rydw i&apos;n dal yma</translation>
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
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>Now in %1. Opens the list of languages.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Iaith: %1. Yn agor y rhestr o ieithoedd.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Darllen yn uchel</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Reads each screen aloud. You can also press F2 or the star key.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn darllen pob sgrin yn uchel. Gallwch chi hefyd bwyso F2 neu&apos;r fysell seren.</translation>
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
        <translation type="unfinished">Dewiswch eich iaith</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Keeps the language you have now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn cadw&apos;r iaith sydd gennych chi nawr.</translation>
    </message>
</context>
<context>
    <name>LeaveButton</name>
    <message>
        <source>Leave this screen</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Gadael y sgrin hon</translation>
    </message>
    <message>
        <source>Clears this screen at once. You can also press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn clirio&apos;r sgrin hon ar unwaith. Gallwch chi hefyd bwyso Shift 3 gwaith.</translation>
    </message>
</context>
<context>
    <name>MoreBelowCue</name>
    <message>
        <source>More below</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Mwy isod</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Dechrau eto</translation>
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
        <translation type="unfinished">Mae %1 ar gau nawr.</translation>
    </message>
    <message>
        <source>%1 is closed now. It %2.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Mae %1 ar gau nawr — %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Other ways to get help</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ffyrdd eraill o gael help</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sut mae&apos;r sgrin hon yn diogelu eich preifatrwydd</translation>
    </message>
    <message>
        <source>What this screen does</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Beth mae&apos;r sgrin hon yn ei wneud</translation>
    </message>
    <message>
        <source>It keeps no record of what you choose. Nothing is saved.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nid yw&apos;n cadw cofnod o&apos;r hyn rydych chi&apos;n ei ddewis. Does dim byd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>It sends nothing anywhere.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nid yw&apos;n anfon dim byd i unman.</translation>
    </message>
    <message>
        <source>Everything is wiped when you press “Leave this screen”, or when nobody has touched it for a short time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Mae popeth yn cael ei ddileu pan fyddwch chi&apos;n pwyso “Gadael y sgrin hon”, neu pan nad oes neb wedi&apos;i chyffwrdd ers ychydig.</translation>
    </message>
    <message>
        <source>You never have to type your name or anything about yourself.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Does byth rhaid i chi deipio eich enw nac unrhyw beth amdanoch chi&apos;ch hun.</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">•  %1</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Beth ddylech chi ei wybod</translation>
    </message>
    <message>
        <source>If you call a number, the call shows in your phone’s call history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Os byddwch chi&apos;n ffonio rhif, bydd yr alwad yn ymddangos yn hanes galwadau eich ffôn.</translation>
    </message>
    <message>
        <source>If you scan a code, the address is kept in your phone’s browser history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Os byddwch chi&apos;n sganio cod, bydd y cyfeiriad yn aros yn hanes porwr eich ffôn.</translation>
    </message>
    <message>
        <source>People near you may be able to see this screen. You can leave it at any time: press “Leave this screen” at the top, or press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Efallai y gall pobl yn agos atoch chi weld y sgrin hon. Gallwch chi ei gadael unrhyw bryd: pwyswch “Gadael y sgrin hon” ar y brig, neu bwyswch Shift 3 gwaith.</translation>
    </message>
</context>
<context>
    <name>QuickExitAnnouncer</name>
    <message>
        <source>Leave this screen: press Shift 2 more times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Gadael y sgrin hon: pwyswch Shift 2 waith eto.</translation>
    </message>
    <message>
        <source>Leave this screen: press Shift 1 more time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Gadael y sgrin hon: pwyswch Shift unwaith eto.</translation>
    </message>
    <message>
        <source>Quick exit timed out.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Daeth yr amser ar gyfer gadael yn gyflym i ben.</translation>
    </message>
    <message>
        <source>Loading.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn llwytho.</translation>
    </message>
</context>
<context>
    <name>QuickExitCue</name>
    <message>
        <source>Quick exit progress</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cynnydd gadael yn gyflym</translation>
    </message>
    <message>
        <source>Shift pressed %1 of %2 times</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Shift wedi&apos;i bwyso %1 o %2 gwaith</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <source>%1, %2 of %3</source>
        <comment>an answer read aloud: its words, its place in the list, how many</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1, %2 o %3</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <comment>the helpline number read aloud a second time</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Eto: %1</translation>
    </message>
    <message>
        <source>A QR code that opens %1 on your phone.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cod QR sy&apos;n agor %1 ar eich ffôn.</translation>
    </message>
    <message>
        <source>To hear this screen read aloud, press F2 or the star key, or touch Read aloud at the top of the screen.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">I glywed y sgrin hon yn cael ei darllen yn uchel, pwyswch F2 neu&apos;r fysell seren, neu cyffyrddwch â Darllen yn uchel ar frig y sgrin.</translation>
    </message>
    <message>
        <source>Reading aloud. Tab or the arrows move, Enter chooses, slash repeats, full stop pauses. On a touch screen, touch once to hear and twice to choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Darllen yn uchel. Mae Tab neu&apos;r saethau&apos;n symud, mae Enter yn dewis, mae slaes yn ailadrodd, mae atalnod llawn yn oedi. Ar sgrin gyffwrdd, cyffyrddwch unwaith i glywed a dwywaith i ddewis.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Free, confidential help. This screen keeps no record of what you choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Help am ddim a chyfrinachol. Nid yw&apos;r sgrin hon yn cadw cofnod o&apos;r hyn rydych chi&apos;n ei ddewis.</translation>
    </message>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sut mae&apos;r sgrin hon yn diogelu eich preifatrwydd</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Testun mwy</translation>
    </message>
    <message>
        <source>Makes the words on every screen bigger until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Yn gwneud y geiriau ar bob sgrin yn fwy nes i chi adael.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>White and yellow on black on every screen until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Gwyn a melyn ar ddu ar bob sgrin nes i chi adael.</translation>
    </message>
</context>
</TS>
