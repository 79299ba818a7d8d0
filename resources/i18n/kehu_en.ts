<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountWindow</name>
    <message numerus="yes">
        <location filename="../../ui/account_window.py" line="492"/>
        <location filename="../../ui/account_window.py" line="534"/>
        <location filename="../../ui/account_window.py" line="546"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account_window.py" line="542"/>
        <source>%n invoice(s) paid in full by payments. Average time from invoice to payment, over the latest: {days}.</source>
        <translation>
            <numerusform>%n invoice paid in full by payments. Average time from invoice to payment, over the latest: {days}.</numerusform>
            <numerusform>%n invoices paid in full by payments. Average time from invoice to payment, over the latest: {days}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckMenuButton</name>
    <message numerus="yes">
        <location filename="../../ui/check_menu_button.py" line="88"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln update</numerusform>
            <numerusform>%Ln updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="307"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln row with errors</numerusform>
            <numerusform>%Ln rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="318"/>
        <source>(%Ln row(s) with warnings are imported)</source>
        <translation>
            <numerusform>(%Ln row with warnings is imported)</numerusform>
            <numerusform>(%Ln rows with warnings are imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="321"/>
        <source>Problems (%Ln)</source>
        <translation>
            <numerusform>Problems (%Ln)</numerusform>
            <numerusform>Problems (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="322"/>
        <source>Duplicates (%Ln)</source>
        <translation>
            <numerusform>Duplicates (%Ln)</numerusform>
            <numerusform>Duplicates (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassOverrideDialog</name>
    <message numerus="yes">
        <location filename="../../ui/posting_dialogs.py" line="978"/>
        <source>{number}, open {open}, %n day(s) past due</source>
        <translation>
            <numerusform>{number}, open {open}, %n day past due</numerusform>
            <numerusform>{number}, open {open}, %n days past due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmationsModel</name>
    <message numerus="yes">
        <location filename="../../ui/collection_models.py" line="349"/>
        <source>{status} (%n day(s))</source>
        <translation>
            <numerusform>{status} (%n day)</numerusform>
            <numerusform>{status} (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmationsPage</name>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="245"/>
        <source>Confirmations (%n awaiting)</source>
        <translation>
            <numerusform>Confirmations (%n awaiting)</numerusform>
            <numerusform>Confirmations (%n awaiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="256"/>
        <source>%n statement(s) awaiting the customer&apos;s signed reply</source>
        <translation>
            <numerusform>%n statement awaiting the customer&apos;s signed reply</numerusform>
            <numerusform>%n statements awaiting the customer&apos;s signed reply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentBatchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="198"/>
        <source>%n chosen customer(s)</source>
        <translation>
            <numerusform>%n chosen customer</numerusform>
            <numerusform>%n chosen customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="486"/>
        <source>%n document(s) to print; </source>
        <translation>
            <numerusform>%n document to print; </numerusform>
            <numerusform>%n documents to print; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="488"/>
        <source>%n customer(s) without an address are left out.</source>
        <translation>
            <numerusform>%n customer without an address is left out.</numerusform>
            <numerusform>%n customers without an address are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="492"/>
        <source>%n document(s) to print.</source>
        <translation>
            <numerusform>%n document to print.</numerusform>
            <numerusform>%n documents to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="506"/>
        <source>%n document(s) in the preview.</source>
        <translation>
            <numerusform>%n document in the preview.</numerusform>
            <numerusform>%n documents in the preview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="520"/>
        <source>%n document(s) recorded as sent.</source>
        <translation>
            <numerusform>%n document recorded as sent.</numerusform>
            <numerusform>%n documents recorded as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="559"/>
        <source>%n document(s) saved to {where}.</source>
        <translation>
            <numerusform>%n document saved to {where}.</numerusform>
            <numerusform>%n documents saved to {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="561"/>
        <source>%n recorded as sent.</source>
        <translation>
            <numerusform>%n recorded as sent.</numerusform>
            <numerusform>%n recorded as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueSoonModel</name>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="584"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="360"/>
        <source>%n customer(s) exported to {path}</source>
        <translation>
            <numerusform>%n customer exported to {path}</numerusform>
            <numerusform>%n customers exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../ui/import_pages.py" line="428"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_pages.py" line="430"/>
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_pages.py" line="436"/>
        <source>%n part(s) of the file could not be read:</source>
        <translation>
            <numerusform>%n part of the file could not be read:</numerusform>
            <numerusform>%n parts of the file could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GreetingWindow</name>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="637"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="638"/>
        <source>%n included</source>
        <translation>
            <numerusform>%n included</numerusform>
            <numerusform>%n included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="639"/>
        <source>%n already greeted</source>
        <translation>
            <numerusform>%n already greeted</numerusform>
            <numerusform>%n already greeted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="642"/>
        <source>%n without mobile</source>
        <translation>
            <numerusform>%n without mobile</numerusform>
            <numerusform>%n without mobile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="707"/>
        <source>%n person(s) marked as greeted.</source>
        <translation>
            <numerusform>%n person marked as greeted.</numerusform>
            <numerusform>%n people marked as greeted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="710"/>
        <source>%n greeted mark(s) taken back.</source>
        <translation>
            <numerusform>%n greeted mark taken back.</numerusform>
            <numerusform>%n greeted marks taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="729"/>
        <source>Mark the %n included people as greeted for {what}?</source>
        <translation>
            <numerusform>Mark the %n included person as greeted for {what}?</numerusform>
            <numerusform>Mark the %n included people as greeted for {what}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="748"/>
        <source>%n person(s) left out:</source>
        <translation>
            <numerusform>%n person left out:</numerusform>
            <numerusform>%n people left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="752"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="846"/>
        <source>%n person(s) saved to {path}.</source>
        <translation>
            <numerusform>%n person saved to {path}.</numerusform>
            <numerusform>%n people saved to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="854"/>
        <source>%n person(s) in the preview.</source>
        <translation>
            <numerusform>%n person in the preview.</numerusform>
            <numerusform>%n people in the preview.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>Nothing was imported: %Ln row(s) have errors and you chose to import nothing in that case.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row has errors and you chose to import nothing in that case.</numerusform>
            <numerusform>Nothing was imported: %Ln rows have errors and you chose to import nothing in that case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="476"/>
        <source>Done: %Ln customer(s) created</source>
        <translation>
            <numerusform>Done: %Ln customer created</numerusform>
            <numerusform>Done: %Ln customers created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="478"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="479"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>%Ln row(s) not imported.</source>
        <translation>
            <numerusform>%Ln row not imported.</numerusform>
            <numerusform>%Ln rows not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateChargesModel</name>
    <message numerus="yes">
        <location filename="../../ui/risk_models.py" line="145"/>
        <source>{first} to {last}: %n day(s) on {base}</source>
        <translation>
            <numerusform>{first} to {last}: %n day on {base}</numerusform>
            <numerusform>{first} to {last}: %n days on {base}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="577"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="848"/>
        <source>Archive %n customer(s)? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</source>
        <translation>
            <numerusform>Archive %n customer? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</numerusform>
            <numerusform>Archive %n customers? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/pdf_preview.py" line="342"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pdf_preview.py" line="492"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <location filename="../../ui/plan_dialogs.py" line="230"/>
        <source>Too little to split into %n instalment(s)</source>
        <translation>
            <numerusform>Too little to split into %n instalment</numerusform>
            <numerusform>Too little to split into %n instalments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_dialogs.py" line="273"/>
        <source>%n instalment(s), {total} in all</source>
        <translation>
            <numerusform>%n instalment, {total} in all</numerusform>
            <numerusform>%n instalments, {total} in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="199"/>
        <source>%n promise(s) due today</source>
        <translation>
            <numerusform>%n promise due today</numerusform>
            <numerusform>%n promises due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="201"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promise broken</numerusform>
            <numerusform>%n promises broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="401"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="434"/>
        <source>%n warning sign(s) flagged</source>
        <translation>
            <numerusform>%n warning sign flagged</numerusform>
            <numerusform>%n warning signs flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="524"/>
        <source>%n overdue debt(s)</source>
        <translation>
            <numerusform>%n overdue debt</numerusform>
            <numerusform>%n overdue debts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="528"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignsPage</name>
    <message numerus="yes">
        <location filename="../../ui/risk_pages.py" line="95"/>
        <source>Warning signs (%n)</source>
        <translation>
            <numerusform>Warning signs (%n)</numerusform>
            <numerusform>Warning signs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayNotice</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="104"/>
        <source>%n customer(s) have a birthday or anniversary today</source>
        <translation>
            <numerusform>%n customer has a birthday or anniversary today</numerusform>
            <numerusform>%n customers have a birthday or anniversary today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoAction</name>
    <message numerus="yes">
        <location filename="../../ui/undo_action.py" line="54"/>
        <source>Undo archive of %n customer(s)</source>
        <translation>
            <numerusform>Undo archive of %n customer</numerusform>
            <numerusform>Undo archive of %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/undo_action.py" line="60"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/undo_action.py" line="99"/>
        <source>%n card(s) taken out of the archive.</source>
        <translation>
            <numerusform>%n card taken out of the archive.</numerusform>
            <numerusform>%n cards taken out of the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreturnedModel</name>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="873"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingDialog</name>
    <message numerus="yes">
        <location filename="../../ui/upcoming_view.py" line="182"/>
        <source>%n birthday(s) and anniversary(ies)</source>
        <translation>
            <numerusform>%n birthday or anniversary</numerusform>
            <numerusform>%n birthdays and anniversaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upcoming_view.py" line="184"/>
        <source>%n today</source>
        <translation>
            <numerusform>%n today</numerusform>
            <numerusform>%n today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message numerus="yes">
        <location filename="../../ui/upcoming_model.py" line="155"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message numerus="yes">
        <location filename="../../ui/risk_dialogs.py" line="101"/>
        <source>%n charge(s), {amount} in all, computed as of {date}</source>
        <translation>
            <numerusform>%n charge, {amount} in all, computed as of {date}</numerusform>
            <numerusform>%n charges, {amount} in all, computed as of {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbenchView</name>
    <message numerus="yes">
        <location filename="../../ui/workbench_view.py" line="478"/>
        <source>Due in the next %n day(s) — call ahead to confirm ({count})</source>
        <translation>
            <numerusform>Due in the next %n day — call ahead to confirm ({count})</numerusform>
            <numerusform>Due in the next %n days — call ahead to confirm ({count})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_view.py" line="523"/>
        <source>Balance confirmations sent more than %n day(s) ago and still waiting for the signed reply: ask for it, or send the statement again.</source>
        <translation>
            <numerusform>Balance confirmations sent more than %n day ago and still waiting for the signed reply: ask for it, or send the statement again.</numerusform>
            <numerusform>Balance confirmations sent more than %n days ago and still waiting for the signed reply: ask for it, or send the statement again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message numerus="yes">
        <location filename="../../ui/posting_dialogs.py" line="871"/>
        <source>Writes off %n debt(s), {amount} in all</source>
        <translation>
            <numerusform>Writes off %n debt, {amount} in all</numerusform>
            <numerusform>Writes off %n debts, {amount} in all</numerusform>
        </translation>
    </message>
</context>
</TS>
