<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch anywhere to start</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਕਿਤੇ ਵੀ ਛੂਹੋ</translation>
    </message>
    <message>
        <source>Or press any key to start.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜਾਂ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਕੋਈ ਵੀ ਬਟਨ ਦਬਾਓ।</translation>
    </message>
    <message>
        <source>Worried about your own thoughts or behaviour?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਆਪਣੇ ਵਿਚਾਰਾਂ ਜਾਂ ਵਿਹਾਰ ਬਾਰੇ ਚਿੰਤਤ ਹੋ?</translation>
    </message>
    <message>
        <source>Under 18, and someone is hurting you or you need to talk?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ, ਅਤੇ ਕੋਈ ਤੁਹਾਨੂੰ ਦੁੱਖ ਦੇ ਰਿਹਾ ਹੈ ਜਾਂ ਤੁਸੀਂ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ?</translation>
    </message>
    <message>
        <source>Worried about a child?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਚਿੰਤਤ ਹੋ?</translation>
    </message>
</context>
<context>
    <name>ChannelAvailability</name>
    <message>
        <source>midnight</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਅੱਧੀ ਰਾਤ</translation>
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
        <translation type="unfinished">ਦੁਪਹਿਰ 12 ਵਜੇ</translation>
    </message>
    <message>
        <source>%1pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸ਼ਾਮ %1 ਵਜੇ</translation>
    </message>
    <message>
        <source>%1am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸਵੇਰੇ %1 ਵਜੇ</translation>
    </message>
    <message>
        <source>%1:%2pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸ਼ਾਮ %1:%2 ਵਜੇ</translation>
    </message>
    <message>
        <source>%1:%2am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸਵੇਰੇ %1:%2 ਵਜੇ</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose month names this language uses, for example cy_GB or pl_PL.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">pa_IN</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">24 ਘੰਟੇ ਖੁੱਲ੍ਹਾ</translation>
    </message>
    <message>
        <source>Open now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ</translation>
    </message>
    <message>
        <source>Open now — until %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਬੰਦ ਹੈ</translation>
    </message>
    <message>
        <source>Closed now — %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਬੰਦ ਹੈ — %1</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸੋਮਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਮੰਗਲਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਬੁੱਧਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਵੀਰਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਐਤਵਾਰ ਨੂੰ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>Open now — until Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਸੋਮਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਮੰਗਲਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਬੁੱਧਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਵੀਰਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਐਤਵਾਰ ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — ਕੱਲ੍ਹ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>Open now — until %1 on %2</source>
        <extracomment>%1 is a time, %2 a date such as &quot;9 February&quot;.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — %2 ਨੂੰ %1 ਤੱਕ</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਕੱਲ੍ਹ %1 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>%1 is a date such as &quot;9 February&quot;, %2 a time.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 ਨੂੰ %2 ਖੁੱਲ੍ਹੇਗਾ</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Anonymous: you do not have to say who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਗੁਮਨਾਮ: ਤੁਹਾਨੂੰ ਇਹ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ।</translation>
    </message>
    <message>
        <source>Confidential. If a child is at risk, they may have to pass that on.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਗੁਪਤ। ਜੇ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਇਹ ਗੱਲ ਅੱਗੇ ਦੱਸਣੀ ਪੈ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Not anonymous: they will ask who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਗੁਮਨਾਮ ਨਹੀਂ: ਉਹ ਪੁੱਛਣਗੇ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>What happens when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜਦੋਂ ਤੁਸੀਂ ਫ਼ੋਨ ਕਰਦੇ ਹੋ ਤਾਂ ਕੀ ਹੁੰਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>What they do with what you tell them</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਸੀਂ ਜੋ ਦੱਸਦੇ ਹੋ, ਉਹ ਉਸ ਨਾਲ ਕੀ ਕਰਦੇ ਹਨ</translation>
    </message>
    <message>
        <source>Scan to keep this on your phone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਸ ਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਰੱਖਣ ਲਈ ਸਕੈਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਕਾਲ ਕਰੋ</translation>
    </message>
    <message>
        <source>Textphone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਟੈਕਸਟਫ਼ੋਨ</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਟੈਕਸਟ ਸੁਨੇਹਾ</translation>
    </message>
    <message>
        <source>BSL video relay</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">BSL ਵੀਡੀਓ ਰਿਲੇ</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਲਾਈਵ ਚੈਟ</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਈਮੇਲ</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਵੈੱਬਸਾਈਟ</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Is someone in danger now?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਕੀ ਕੋਈ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ?</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Textphone or Relay UK app: %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਟੈਕਸਟਫ਼ੋਨ ਜਾਂ Relay UK ਐਪ: %1</translation>
    </message>
</context>
<context>
    <name>HoursClaim</name>
    <message>
        <source>Opening times: check when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: ਫ਼ੋਨ ਕਰਨ ਵੇਲੇ ਪਤਾ ਕਰੋ</translation>
    </message>
    <message>
        <source>Opening times: check when you get in touch</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: ਸੰਪਰਕ ਕਰਨ ਵੇਲੇ ਪਤਾ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>This screen will start again in %n seconds.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">
            <numerusform>ਇਹ ਸਕ੍ਰੀਨ %n ਸਕਿੰਟ ਵਿੱਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।</numerusform>
            <numerusform>ਇਹ ਸਕ੍ਰੀਨ %n ਸਕਿੰਟਾਂ ਵਿੱਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਮੈਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹਾਂ</translation>
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
        <translation type="unfinished">ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Now in %1. Opens the list of languages.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ %1 ਵਿੱਚ। ਭਾਸ਼ਾਵਾਂ ਦੀ ਸੂਚੀ ਖੋਲ੍ਹਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Reads each screen aloud. You can also press F2 or the star key.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹਰ ਸਕਰੀਨ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ। ਤੁਸੀਂ F2 ਜਾਂ ਤਾਰੇ ਵਾਲੀ ਕੁੰਜੀ ਵੀ ਦਬਾ ਸਕਦੇ ਹੋ।</translation>
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
        <translation type="unfinished">ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Keeps the language you have now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੁਣ ਵਾਲੀ ਭਾਸ਼ਾ ਰਹਿਣ ਦਿੰਦਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>LeaveButton</name>
    <message>
        <source>Leave this screen</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕ੍ਰੀਨ ਛੱਡੋ</translation>
    </message>
    <message>
        <source>Clears this screen at once. You can also press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਸ ਸਕ੍ਰੀਨ ਨੂੰ ਤੁਰੰਤ ਸਾਫ਼ ਕਰਦਾ ਹੈ। ਤੁਸੀਂ Shift ਨੂੰ 3 ਵਾਰ ਵੀ ਦਬਾ ਸਕਦੇ ਹੋ।</translation>
    </message>
</context>
<context>
    <name>MoreBelowCue</name>
    <message>
        <source>More below</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਹੋਰ ਹੇਠਾਂ</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ</translation>
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
        <translation type="unfinished">%1 ਹੁਣ ਬੰਦ ਹੈ।</translation>
    </message>
    <message>
        <source>%1 is closed now. It %2.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 ਹੁਣ ਬੰਦ ਹੈ। ਇਹ %2।</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Other ways to get help</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਮਦਦ ਲੈਣ ਦੇ ਹੋਰ ਤਰੀਕੇ</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕ੍ਰੀਨ ਤੁਹਾਡੀ ਪ੍ਰਾਈਵੇਸੀ (ਨਿੱਜਤਾ) ਦੀ ਰੱਖਿਆ ਕਿਵੇਂ ਕਰਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>What this screen does</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕ੍ਰੀਨ ਕੀ ਕਰਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>It keeps no record of what you choose. Nothing is saved.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਦਾ ਕੋਈ ਰਿਕਾਰਡ ਨਹੀਂ ਰੱਖਦੀ। ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।</translation>
    </message>
    <message>
        <source>It sends nothing anywhere.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਕਿਤੇ ਵੀ ਕੁਝ ਨਹੀਂ ਭੇਜਦੀ।</translation>
    </message>
    <message>
        <source>Everything is wiped when you press “Leave this screen”, or when nobody has touched it for a short time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜਦੋਂ ਤੁਸੀਂ “ਇਹ ਸਕ੍ਰੀਨ ਛੱਡੋ” ਦਬਾਉਂਦੇ ਹੋ, ਜਾਂ ਜਦੋਂ ਥੋੜ੍ਹੀ ਦੇਰ ਕੋਈ ਇਸ ਨੂੰ ਨਹੀਂ ਛੂਹਦਾ, ਤਾਂ ਸਭ ਕੁਝ ਮਿਟ ਜਾਂਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>You never have to type your name or anything about yourself.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕਦੇ ਵੀ ਆਪਣਾ ਨਾਮ ਜਾਂ ਆਪਣੇ ਬਾਰੇ ਕੁਝ ਵੀ ਟਾਈਪ ਨਹੀਂ ਕਰਨਾ ਪੈਂਦਾ।</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">•  %1</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕੀ ਪਤਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>If you call a number, the call shows in your phone’s call history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਨੰਬਰ &apos;ਤੇ ਫ਼ੋਨ ਕਰਦੇ ਹੋ, ਤਾਂ ਕਾਲ ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੀ ਕਾਲ ਹਿਸਟਰੀ ਵਿੱਚ ਦਿਖਾਈ ਦਿੰਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>If you scan a code, the address is kept in your phone’s browser history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਕੋਈ ਕੋਡ ਸਕੈਨ ਕਰਦੇ ਹੋ, ਤਾਂ ਵੈੱਬਸਾਈਟ ਦਾ ਲਿੰਕ ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਿਸਟਰੀ ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>People near you may be able to see this screen. You can leave it at any time: press “Leave this screen” at the top, or press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡੇ ਨੇੜੇ ਦੇ ਲੋਕ ਇਹ ਸਕ੍ਰੀਨ ਦੇਖ ਸਕਦੇ ਹਨ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਿਸੇ ਵੀ ਸਮੇਂ ਛੱਡ ਸਕਦੇ ਹੋ: ਉੱਪਰ “ਇਹ ਸਕ੍ਰੀਨ ਛੱਡੋ” ਦਬਾਓ, ਜਾਂ Shift ਨੂੰ 3 ਵਾਰ ਦਬਾਓ।</translation>
    </message>
</context>
<context>
    <name>QuickExitAnnouncer</name>
    <message>
        <source>Leave this screen: press Shift 2 more times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕ੍ਰੀਨ ਛੱਡੋ: Shift 2 ਵਾਰ ਹੋਰ ਦਬਾਓ।</translation>
    </message>
    <message>
        <source>Leave this screen: press Shift 1 more time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕ੍ਰੀਨ ਛੱਡੋ: Shift 1 ਵਾਰ ਹੋਰ ਦਬਾਓ।</translation>
    </message>
    <message>
        <source>Quick exit timed out.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜਲਦੀ ਬਾਹਰ ਨਿਕਲਣ ਦਾ ਸਮਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Loading.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>QuickExitCue</name>
    <message>
        <source>Quick exit progress</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਜਲਦੀ ਬਾਹਰ ਨਿਕਲਣ ਦੀ ਪ੍ਰਗਤੀ</translation>
    </message>
    <message>
        <source>Shift pressed %1 of %2 times</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Shift ਨੂੰ %2 ਵਿੱਚੋਂ %1 ਵਾਰ ਦਬਾਇਆ</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <source>%1, %2 of %3</source>
        <comment>an answer read aloud: its words, its place in the list, how many</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1, %3 ਵਿੱਚੋਂ %2</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <comment>the helpline number read aloud a second time</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਦੁਬਾਰਾ: %1</translation>
    </message>
    <message>
        <source>A QR code that opens %1 on your phone.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇੱਕ QR ਕੋਡ ਜੋ ਤੁਹਾਡੇ ਫ਼ੋਨ &apos;ਤੇ %1 ਖੋਲ੍ਹਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>To hear this screen read aloud, press F2 or the star key, or touch Read aloud at the top of the screen.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਸ ਸਕਰੀਨ ਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਸੁਣਨ ਲਈ F2 ਜਾਂ ਤਾਰੇ ਵਾਲੀ ਕੁੰਜੀ ਦਬਾਓ, ਜਾਂ ਸਕਰੀਨ ਦੇ ਉੱਪਰ &quot;ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ&quot; ਨੂੰ ਛੂਹੋ।</translation>
    </message>
    <message>
        <source>Reading aloud. Tab or the arrows move, Enter chooses, slash repeats, full stop pauses. On a touch screen, touch once to hear and twice to choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ। Tab ਜਾਂ ਤੀਰ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਅੱਗੇ ਲਿਜਾਂਦੀਆਂ ਹਨ, Enter ਚੁਣਦਾ ਹੈ, ਸਲੈਸ਼ ਦੁਹਰਾਉਂਦਾ ਹੈ, ਫੁੱਲ ਸਟਾਪ ਰੋਕਦਾ ਹੈ। ਟੱਚ ਸਕਰੀਨ &apos;ਤੇ ਸੁਣਨ ਲਈ ਇੱਕ ਵਾਰ ਅਤੇ ਚੁਣਨ ਲਈ ਦੋ ਵਾਰ ਛੂਹੋ।</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Free, confidential help. This screen keeps no record of what you choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਮੁਫ਼ਤ, ਗੁਪਤ ਮਦਦ। ਇਹ ਸਕ੍ਰੀਨ ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਦਾ ਕੋਈ ਰਿਕਾਰਡ ਨਹੀਂ ਰੱਖਦੀ।</translation>
    </message>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕ੍ਰੀਨ ਤੁਹਾਡੀ ਪ੍ਰਾਈਵੇਸੀ (ਨਿੱਜਤਾ) ਦੀ ਰੱਖਿਆ ਕਿਵੇਂ ਕਰਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <source>Makes the words on every screen bigger until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡੇ ਜਾਣ ਤੱਕ ਹਰ ਸਕ੍ਰੀਨ &apos;ਤੇ ਸ਼ਬਦ ਵੱਡੇ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਉੱਚ ਕੰਟ੍ਰਾਸਟ</translation>
    </message>
    <message>
        <source>White and yellow on black on every screen until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡੇ ਜਾਣ ਤੱਕ ਹਰ ਸਕ੍ਰੀਨ &apos;ਤੇ ਕਾਲੇ ਉੱਤੇ ਚਿੱਟਾ ਅਤੇ ਪੀਲਾ।</translation>
    </message>
</context>
</TS>
