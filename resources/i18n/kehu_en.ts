<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GroupListModel</name>
    <message numerus="yes">
        <location filename="../../ui/group_panel.py" line="46"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="321"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Archive %n customer(s)? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</source>
        <translation>
            <numerusform>Archive %n customer? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</numerusform>
            <numerusform>Archive %n customers? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</numerusform>
        </translation>
    </message>
</context>
</TS>
