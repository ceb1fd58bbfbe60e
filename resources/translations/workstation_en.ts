<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChangeNumberDialog</name>
    <message numerus="yes">
        <location filename="../../ui/card/line_dialogs.py" line="312"/>
        <source>Free numbers found: %n</source>
        <translation>
            <numerusform>%n free number found</numerusform>
            <numerusform>%n free numbers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/callbacks/dialogs.py" line="198"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callbacks/dialogs.py" line="216"/>
        <source>Attempts so far: %n.</source>
        <translation>
            <numerusform>%n attempt so far.</numerusform>
            <numerusform>%n attempts so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callbacks/dialogs.py" line="221"/>
        <source>Attempts left after this one: %n.</source>
        <translation>
            <numerusform>%n attempt left after this one.</numerusform>
            <numerusform>%n attempts left after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search/panel.py" line="115"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>Found: %n</numerusform>
            <numerusform>Found: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message numerus="yes">
        <location filename="../../ui/card/statement_dialog.py" line="415"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/statement_dialog.py" line="442"/>
        <source>Pages sent to the printer: %n</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffTab</name>
    <message numerus="yes">
        <location filename="../../ui/card/tariff.py" line="118"/>
        <source>free for %n day(s), then {fee} a day</source>
        <translation>
            <numerusform>free for %n day, then {fee} a day</numerusform>
            <numerusform>free for %n days, then {fee} a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <location filename="../../ui/interaction/dialogs.py" line="214"/>
        <source>The answer is wrong. Attempts left: %n</source>
        <translation>
            <numerusform>The answer is wrong. %n attempt left</numerusform>
            <numerusform>The answer is wrong. %n attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoluntaryBlockDialog</name>
    <message numerus="yes">
        <location filename="../../ui/card/line_dialogs.py" line="97"/>
        <source>Free for %n day(s), then {fee} a day, charged when the block ends.</source>
        <translation>
            <numerusform>Free for %n day, then {fee} a day, charged when the block ends.</numerusform>
            <numerusform>Free for %n days, then {fee} a day, charged when the block ends.</numerusform>
        </translation>
    </message>
</context>
</TS>
