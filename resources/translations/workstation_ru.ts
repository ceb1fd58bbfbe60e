<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ActivateServiceDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="119" />
        <source>Switch a service on</source>
        <translation>Подключение услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="136" />
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="137" />
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="143" />
        <source>Switch on</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="181" />
        <source>It will cost {total}: connection {connection} and the first period {first}. From {day}.</source>
        <translation>Стоимость {total}: подключение {connection} и первый период {first}. С {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="193" />
        <source>Replace «{other}», which cannot be combined with it</source>
        <translation>Заменить «{other}» — эти услуги несовместимы</translation>
    </message>
</context>
<context>
    <name>BillingTab</name>
    <message>
        <location filename="../../ui/card/billing.py" line="111" />
        <location filename="../../ui/card/billing.py" line="126" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="112" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="113" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="115" />
        <location filename="../../ui/card/billing.py" line="128" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="121" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="127" />
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="129" />
        <source>Reference</source>
        <translation>№ операции</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="134" />
        <source>Invoice</source>
        <translation>№ счёта</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="135" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="136" />
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="137" />
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="138" />
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="139" />
        <source>Closing</source>
        <translation>На конец</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="140" />
        <source>Due</source>
        <translation>Оплата до</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="151" />
        <source>Charges by period (click a month for its charges)</source>
        <translation>Списания по месяцам (выберите месяц, чтобы увидеть его списания)</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="153" />
        <source>Charges of the period</source>
        <translation>Списания за период</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="155" />
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="157" />
        <source>Invoices</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="177" />
        <source>Billing</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="189" />
        <source>Account {account}: balance {balance}, credit limit {limit}</source>
        <translation>Лицевой счёт {account}: баланс {balance}, кредитный лимит {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="205" />
        <source>Charges of {month}</source>
        <translation>Списания за {month}</translation>
    </message>
</context>
<context>
    <name>CardHeaderWidget</name>
    <message>
        <location filename="../../ui/card/header.py" line="49" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="50" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="51" />
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="52" />
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="80" />
        <source> → {next} from {day}</source>
        <translation> → {next} с {day}</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="87" />
        <source>Caller verified</source>
        <translation>Абонент проверен</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="87" />
        <source>Caller not verified</source>
        <translation>Абонент не проверен</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../../ui/card/tab.py" line="97" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../../ui/card/widget.py" line="75" />
        <source>Find a subscriber on the left (Ctrl+F) and press Enter to open the card.</source>
        <translation>Найдите абонента в панели слева (Ctrl+F) и нажмите Enter, чтобы открыть карточку.</translation>
    </message>
</context>
<context>
    <name>ChangeTariffDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="277" />
        <source>Change the tariff plan</source>
        <translation>Смена тарифного плана</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="284" />
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="285" />
        <source>From the &amp;next billing period</source>
        <translation>С &amp;начала следующего расчётного периода</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="288" />
        <source>The new plan takes effect:</source>
        <translation>Новый тариф действует:</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="296" />
        <source>Cost per month: the fee and usage beyond the allowance, had the subscriber's usage of the last three months been on each plan.</source>
        <translation>Стоимость в месяц: абонентская плата и расходы сверх пакета, если бы расход абонента за последние три месяца был на каждом из тарифов.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="305" />
        <source>Change the plan</source>
        <translation>Сменить тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="324" />
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="325" />
        <source> (current)</source>
        <translation> (текущий)</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="328" />
        <source>Fee</source>
        <translation>Абонплата</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="329" />
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="330" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="332" />
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="337" />
        <source>Switch fee</source>
        <translation>Плата за переход</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="348" />
        <source>Average</source>
        <translation>В среднем</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="350" />
        <source>Services that end</source>
        <translation>Отключатся услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="370" />
        <source>This is the current plan.</source>
        <translation>Это текущий тариф.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="373" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="375" />
        <source>Switch fee {fee}. Services that end with the change: {ends}.</source>
        <translation>Плата за переход {fee}. При смене отключатся услуги: {ends}.</translation>
    </message>
</context>
<context>
    <name>DeactivateServiceDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="230" />
        <source>Switch a service off</source>
        <translation>Отключение услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="238" />
        <source>Switch off «{service}»? Fees already charged are not returned.</source>
        <translation>Отключить «{service}»? Уже списанная плата не возвращается.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="246" />
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../ui/app.py" line="53" />
        <source>First start: building the demo base…</source>
        <translation>Первый запуск: создаётся демонстрационная база…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58" />
        <location filename="../../ui/app.py" line="92" />
        <source>Agent Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/card/history.py" line="27" />
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="28" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="29" />
        <source>Caller</source>
        <translation>С номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="30" />
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="31" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="32" />
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="32" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="33" />
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="34" />
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="35" />
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="39" />
        <source>Number assigned</source>
        <translation>Назначение номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="40" />
        <source>Number released</source>
        <translation>Освобождение номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="41" />
        <source>SIM replaced</source>
        <translation>Замена SIM-карты</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="42" />
        <source>Line status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="46" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="47" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="48" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="49" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="50" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="53" />
        <source>Interactions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="55" />
        <source>Changes on record</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="65" />
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>InteractionBar</name>
    <message>
        <location filename="../../ui/interaction/bar.py" line="37" />
        <source>Start an interaction</source>
        <translation>Начать обращение</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="38" />
        <source>Verify the caller</source>
        <translation>Проверить абонента</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="39" />
        <source>Wrap up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="76" />
        <source>No interaction in progress</source>
        <translation>Нет текущего обращения</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="78" />
        <source>number unknown</source>
        <translation>номер не определён</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="80" />
        <source>Interaction {id}: {channel}, caller {caller}</source>
        <translation>Обращение {id}: {channel}, звонит {caller}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="86" />
        <source>Caller verified</source>
        <translation>Абонент проверен</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="86" />
        <source>Caller not verified</source>
        <translation>Абонент не проверен</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login/dialog.py" line="34" />
        <source>Agent Workstation — log in</source>
        <translation>АРМ оператора — вход</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="37" />
        <source>Agent Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="39" />
        <source>Database: {location}</source>
        <translation>База данных: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="50" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="51" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="62" />
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="79" />
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="50" />
        <source>Agent Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="102" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="103" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="104" />
        <source>&amp;Interaction</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="106" />
        <source>&amp;Start an interaction…</source>
        <translation>&amp;Начать обращение…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="109" />
        <source>&amp;Verify the caller…</source>
        <translation>&amp;Проверить абонента…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="111" />
        <source>&amp;Wrap up…</source>
        <translation>&amp;Завершить обращение…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="112" />
        <source>&amp;Subscriber</source>
        <translation>&amp;Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="114" />
        <source>&amp;Find a subscriber</source>
        <translation>&amp;Найти абонента</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="116" />
        <source>&amp;Reload the card</source>
        <translation>&amp;Обновить карточку</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="117" />
        <source>&amp;Close the card</source>
        <translation>&amp;Закрыть карточку</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="118" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="127" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="128" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="129" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="137" />
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="138" />
        <source>Agent Workstation: the contact-center agent's desktop of a mobile operator.</source>
        <translation>АРМ оператора — рабочее место специалиста контакт-центра мобильного оператора.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="193" />
        <source>Agent: {name} ({role})</source>
        <translation>Сотрудник: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="196" />
        <source>Database: {location}</source>
        <translation>База данных: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="199" />
        <location filename="../../ui/mainwindow/window.py" line="226" />
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="226" />
        <source>No connection</source>
        <translation>Нет подключения</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/misc/operations.py" line="47" />
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/operations.py" line="51" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>PeriodMatrix</name>
    <message>
        <location filename="../../ui/card/billing.py" line="67" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="85" />
        <source>Total charged</source>
        <translation>Итого списано</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="87" />
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/card/profile.py" line="24" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="26" />
        <source>Name:</source>
        <translation>ФИО / название:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="27" />
        <source>Type:</source>
        <translation>Тип клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="28" />
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="29" />
        <source>Passport:</source>
        <translation>Паспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="30" />
        <source>Issued:</source>
        <translation>Выдан:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="31" />
        <source>INN / KPP:</source>
        <translation>ИНН / КПП:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="32" />
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="33" />
        <source>Code word:</source>
        <translation>Кодовое слово:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="34" />
        <source>Customer since:</source>
        <translation>Клиент с:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="37" />
        <source>Contacts and address</source>
        <translation>Контакты и адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="39" />
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="40" />
        <source>Contact phone:</source>
        <translation>Контактный телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="41" />
        <source>Registration address:</source>
        <translation>Адрес регистрации:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="48" />
        <location filename="../../ui/card/profile.py" line="71" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="49" />
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="50" />
        <location filename="../../ui/card/profile.py" line="65" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="52" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="58" />
        <source>Bill delivery</source>
        <translation>Доставка счёта</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="63" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="70" />
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="74" />
        <source>Personal accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="76" />
        <source>Customer's numbers (double-click to open)</source>
        <translation>Номера абонента (двойной щелчок — открыть карточку)</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="93" />
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="103" />
        <source>hidden until the caller is verified</source>
        <translation>скрыто до проверки абонента</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="124" />
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="124" />
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search/panel.py" line="38" />
        <source>Number, name, account, contract or ICCID</source>
        <translation>Номер, ФИО, лицевой счёт, договор или ICCID</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="58" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="70" />
        <source>Type a number, a surname, an account, a contract or an ICCID.</source>
        <translation>Введите номер, фамилию, лицевой счёт, договор или ICCID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/panel.py" line="115" />
        <source>Found: %n</source>
        <translation>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="117" />
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search/model.py" line="26" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="27" />
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="28" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="29" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="30" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="31" />
        <source>Found by</source>
        <translation>Совпадение</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../ui/card/services.py" line="25" />
        <location filename="../../ui/card/services.py" line="34" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="26" />
        <location filename="../../ui/card/services.py" line="35" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="27" />
        <location filename="../../ui/card/services.py" line="42" />
        <source>Fee</source>
        <translation>Абонплата</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="28" />
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="29" />
        <source>Until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="37" />
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="43" />
        <source>Cannot be combined with</source>
        <translation>Несовместима с</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="44" />
        <source>What it does</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="49" />
        <source>Switch &amp;on…</source>
        <translation>&amp;Подключить…</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="50" />
        <source>Switch o&amp;ff…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="55" />
        <source>Services of the line</source>
        <translation>Подключённые услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="62" />
        <source>Available on the tariff</source>
        <translation>Доступные на тарифе</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="75" />
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="79" />
        <source>free</source>
        <translation>бесплатно</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="15" />
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="24" />
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="25" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="33" />
        <source>Every action of the workstation has a key:</source>
        <translation>У каждого действия в АРМ есть сочетание клавиш:</translation>
    </message>
</context>
<context>
    <name>StartInteractionDialog</name>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="88" />
        <source>Start an interaction</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="95" />
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="96" />
        <source>Caller's &amp;number:</source>
        <translation>&amp;Номер звонящего:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="101" />
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>TariffTab</name>
    <message>
        <location filename="../../ui/card/tariff.py" line="32" />
        <source>Tariff plan</source>
        <translation>Тарифный план</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="34" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="35" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="36" />
        <source>Monthly fee:</source>
        <translation>Абонентская плата:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="37" />
        <source>Included:</source>
        <translation>Включено:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="38" />
        <source>Fee for switching to it:</source>
        <translation>Плата за переход на тариф:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="39" />
        <source>Voluntary block:</source>
        <translation>Добровольная блокировка:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="40" />
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="43" />
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="48" />
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="49" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="50" />
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="65" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="66" />
        <source>Where</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="67" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="68" />
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="71" />
        <source>Prices beyond the allowance</source>
        <translation>Стоимость сверх пакета</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="73" />
        <source>&amp;Change the tariff…</source>
        <translation>&amp;Сменить тариф…</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="88" />
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="92" />
        <source>per min</source>
        <translation>за мин</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="93" />
        <source>per SMS</source>
        <translation>за SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="94" />
        <source>per MMS</source>
        <translation>за MMS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/tariff.py" line="118" />
        <source>free for %n day(s), then {fee} a day</source>
        <translation>
            <numerusform>бесплатно %n день, затем {fee} в сутки</numerusform>
            <numerusform>бесплатно %n дня, затем {fee} в сутки</numerusform>
            <numerusform>бесплатно %n дней, затем {fee} в сутки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="124" />
        <source>Allowance used in {month}</source>
        <translation>Расход пакета за {month}</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="139" />
        <source>{name} (from {day}: {next})</source>
        <translation>{name} (с {day}: {next})</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="95" />
        <source>per MB</source>
        <translation>за МБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="109" />
        <source>{minutes} min, {sms} SMS, {data}</source>
        <translation>{minutes} мин, {sms} SMS, {data}</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="126" />
        <source>{used} of {total} min</source>
        <translation>{used} из {total} мин</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="127" />
        <source>{used} of {total} SMS</source>
        <translation>{used} из {total} SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="128" />
        <source>{used} of {total} MB</source>
        <translation>{used} из {total} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="130" />
        <source>Usage beyond the allowance this month: {cost}</source>
        <translation>Расходы сверх пакета в этом месяце: {cost}</translation>
    </message>
</context>
<context>
    <name>UsageModel</name>
    <message>
        <location filename="../../ui/card/usage_model.py" line="76" />
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="77" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="78" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="79" />
        <source>Direction</source>
        <translation>Вх./исх.</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="80" />
        <source>Other party</source>
        <translation>Номер / ресурс</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="81" />
        <source>Duration / volume</source>
        <translation>Длит./объём</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="82" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="83" />
        <source>Amount</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="84" />
        <source>Running total</source>
        <translation>Нараст. итог</translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <location filename="../../ui/card/usage.py" line="77" />
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="78" />
        <source>Outgoing only</source>
        <translation>Только исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="79" />
        <source>Incoming only</source>
        <translation>Только входящие</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="85" />
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="87" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="89" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="99" />
        <source>The usage detail is shown once the caller is verified: calls and messages are protected by the secret of communications.</source>
        <translation>Детализация доступна после проверки абонента: звонки и сообщения составляют тайну связи.</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="126" />
        <source>Usage detail</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="205" />
        <source>Records: {count} · calls: {calls} ({duration}) · messages: {messages} · internet: {volume} · total: {cost}</source>
        <translation>Записей: {count} · звонков: {calls} ({duration}) · сообщений: {messages} · интернет: {volume} · итого: {cost}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="134" />
        <source>Verify the caller</source>
        <translation>Проверка абонента</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="139" />
        <source>&amp;Code word</source>
        <translation>&amp;Кодовое слово</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="139" />
        <source>as the caller says it</source>
        <translation>как его называет абонент</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="140" />
        <source>&amp;Passport</source>
        <translation>&amp;Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="140" />
        <source>series and number: 4510 123456</source>
        <translation>серия и номер: 4510 123456</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="142" />
        <source>&amp;Last payment</source>
        <translation>Последний п&amp;латёж</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="143" />
        <source>amount and date: 750,00 20.11.2026</source>
        <translation>сумма и дата: 750,00 20.11.2026</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="157" />
        <source>Subscriber: {name}, {number}</source>
        <translation>Абонент: {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="167" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="197" />
        <source>The answer is wrong. Verification of this line is now locked: a supervisor must unlock it.</source>
        <translation>Ответ неверный. Проверка по этому номеру заблокирована: разблокировать её может супервайзер.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interaction/dialogs.py" line="203" />
        <source>The answer is wrong. Attempts left: %n</source>
        <translation>
            <numerusform>Ответ неверный. Осталась %n попытка</numerusform>
            <numerusform>Ответ неверный. Осталось %n попытки</numerusform>
            <numerusform>Ответ неверный. Осталось %n попыток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="215" />
        <source>Wrap up the interaction</source>
        <translation>Завершение обращения</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="228" />
        <source>What the subscriber asked and what was done</source>
        <translation>Что просил абонент и что сделано</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="234" />
        <source>Call &amp;back at:</source>
        <translation>&amp;Перезвонить:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="237" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="239" />
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="240" />
        <source>&amp;Reasons (one or more):</source>
        <translation>П&amp;ричины обращения (одна или несколько):</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="251" />
        <source>Close the interaction</source>
        <translation>Завершить обращение</translation>
    </message>
</context>
<context>
    <name>_ChangeDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="93" />
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="94" />
        <source>&amp;From</source>
        <translation>&amp;С даты</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../workstation/auth.py" line="62" />
        <location filename="../../workstation/auth.py" line="102" />
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <location filename="../../workstation/auth.py" line="75" />
        <source>Too many failed attempts: the login is locked for {minutes} more min.</source>
        <translation>Слишком много неудачных попыток входа: вход заблокирован ещё на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../workstation/auth.py" line="97" />
        <source>Too many failed attempts: the login is locked for {minutes} min.</source>
        <translation>Слишком много неудачных попыток входа: вход заблокирован на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../workstation/card/header.py" line="71" />
        <location filename="../../workstation/operations/context.py" line="20" />
        <location filename="../../workstation/operations/interactions.py" line="127" />
        <location filename="../../workstation/operations/lines.py" line="88" />
        <location filename="../../workstation/operations/services.py" line="101" />
        <location filename="../../workstation/operations/tariffs.py" line="160" />
        <location filename="../../workstation/operations/verification.py" line="68" />
        <source>Line {line} not found</source>
        <translation>Абонентский номер (ID {line}) не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/card/profile.py" line="121" />
        <source>Customer {customer} not found</source>
        <translation>Абонент (ID {customer}) не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/context.py" line="25" />
        <source>The line is closed: nothing can be changed on it.</source>
        <translation>Номер закрыт: изменения по нему невозможны.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/context.py" line="36" />
        <source>Personal account {account} not found</source>
        <translation>Лицевой счёт (ID {account}) не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/callbacks.py" line="154" />
        <location filename="../../workstation/operations/framework.py" line="126" />
        <source>Your role ({role}) does not allow this operation: {roles}.</source>
        <translation>Ваша роль ({role}) не позволяет выполнить эту операцию. Нужна роль: {roles}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="154" />
        <source>Someone else saved a change to this subscriber a moment ago. Nothing was saved; the card has been reloaded.</source>
        <translation>Другой пользователь только что сохранил изменения по этому абоненту. Ваши изменения не сохранены; карточка обновлена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="165" />
        <source>Start an interaction with the caller first.</source>
        <translation>Сначала зарегистрируйте обращение.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="169" />
        <source>The interaction is not yours.</source>
        <translation>Это обращение ведёт другой оператор.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="172" />
        <source>The interaction is closed; start a new one.</source>
        <translation>Обращение закрыто; зарегистрируйте новое.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="192" />
        <source>No such line or account.</source>
        <translation>Такой номер или лицевой счёт не найден.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="209" />
        <source>This operation needs the caller verified by {methods}; verify again by one of them.</source>
        <translation>Для этой операции абонент должен быть проверен так: {methods}. Проверьте его ещё раз одним из этих способов.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="218" />
        <source>Verify the caller first: this operation needs the subscriber's identity confirmed.</source>
        <translation>Сначала проверьте абонента: для этой операции нужно подтвердить его личность.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="240" />
        <source>{who} changed this subscriber at {when}. Nothing was saved; the card has been reloaded — check it and try again.</source>
        <translation>Данные абонента изменил другой пользователь ({who}, {when}). Ничего не сохранено; карточка обновлена — проверьте данные и повторите действие.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="83" />
        <source>Interaction {id} is still open: wrap it up before starting another.</source>
        <translation>Обращение № {id} ещё не завершено: завершите его, прежде чем начинать новое.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="101" />
        <source>The note is too long: at most {limit} characters.</source>
        <translation>Комментарий слишком длинный: не более {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="122" />
        <source>Callback {id} not found</source>
        <translation>Заявка на обратный звонок {id} не найдена</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="125" />
        <source>This callback is closed already: {status}.</source>
        <translation>Эта заявка уже закрыта: {status}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="132" />
        <source>Someone else changed this callback a moment ago. Nothing was saved; the queue has been reloaded.</source>
        <translation>Эту заявку только что изменил другой оператор. Ничего не сохранено; очередь обновлена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="148" />
        <source>{who} took this callback at {when}.</source>
        <translation>Заявку взял(а) {who} в {when}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="173" />
        <location filename="../../workstation/operations/interactions.py" line="93" />
        <location filename="../../workstation/operations/numbers.py" line="119" />
        <location filename="../../workstation/operations/personal.py" line="93" />
        <source>{caller} is not a phone number.</source>
        <translation>«{caller}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="176" />
        <source>The priority must be from {low} to {high}.</source>
        <translation>Приоритет должен быть от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="217" />
        <source>You have taken this callback already.</source>
        <translation>Вы уже взяли эту заявку.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="248" />
        <source>Take the callback first.</source>
        <translation>Сначала возьмите заявку.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="252" />
        <source>An answered callback needs no further attempt.</source>
        <translation>Абонент уже ответил: повторный звонок не нужен.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="321" />
        <source>The callback is not taken by anyone.</source>
        <translation>Заявку никто не взял.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="339" />
        <source>Say why the callback is cancelled.</source>
        <translation>Укажите, почему заявка отменяется.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="157" />
        <source>Choose at least one reason from the list to wrap up.</source>
        <translation>Чтобы завершить обращение, выберите хотя бы одну тему из списка.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="160" />
        <source>Write a note on what was done to wrap up.</source>
        <translation>Чтобы завершить обращение, опишите в комментарии, что было сделано.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="167" />
        <source>A callback needs the caller's number or a subscriber.</source>
        <translation>Для обратного звонка нужен номер звонившего или абонент.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="93" />
        <location filename="../../workstation/operations/interactions.py" line="171" />
        <source>The callback time is in the past.</source>
        <translation>Время обратного звонка уже прошло.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="66" />
        <source>Unknown service {code}.</source>
        <translation>Неизвестная услуга: {code}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="109" />
        <source>The line is not active ({status}): it cannot be blocked.</source>
        <translation>Номер не активен ({status}): заблокировать его нельзя.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="114" />
        <source>A block from {day} is already arranged; cancel it first.</source>
        <translation>Блокировка с {day} уже назначена; сначала отмените её.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="118" />
        <location filename="../../workstation/operations/services.py" line="91" />
        <source>The date {day} is in the past.</source>
        <translation>Дата {day} уже прошла.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="121" />
        <source>The block ends ({end}) before it starts ({start}).</source>
        <translation>Блокировка заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="150" />
        <source>The line has no voluntary block to lift ({status}).</source>
        <translation>У номера нет добровольной блокировки, которую можно снять ({status}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="173" />
        <source>The SIM is already blocked as lost.</source>
        <translation>SIM-карта уже заблокирована как утерянная.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="216" />
        <source>{iccid} is not a valid ICCID (check the digits).</source>
        <translation>{iccid} — неверный ICCID (проверьте цифры).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="221" />
        <source>The SIM {iccid} is already issued.</source>
        <translation>SIM-карта {iccid} уже выдана.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="305" />
        <source>The line has no active SIM.</source>
        <translation>У номера нет действующей SIM-карты.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="113" />
        <source>The service «{service}» is no longer offered.</source>
        <translation>Услуга «{service}» больше не предоставляется.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="118" />
        <source>The service «{service}» is not available on the tariff «{tariff}».</source>
        <translation>Услуга «{service}» недоступна на тарифе «{tariff}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="127" />
        <source>The service «{service}» is already on.</source>
        <translation>Услуга «{service}» уже подключена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="164" />
        <source>«{service}» cannot be combined with «{other}», which is on. Replace it in the same step, or switch it off first.</source>
        <translation>Услугу «{service}» нельзя подключить вместе с уже подключённой услугой «{other}». Замените её одним действием или сначала отключите.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="240" />
        <source>The service «{service}» is not on.</source>
        <translation>Услуга «{service}» не подключена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="216" />
        <source>Unknown tariff {code}.</source>
        <translation>Неизвестный тариф: {code}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="220" />
        <source>The line is already on the tariff «{tariff}».</source>
        <translation>Номер уже обслуживается на тарифе «{tariff}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="225" />
        <source>The tariff «{tariff}» is archived and cannot be chosen.</source>
        <translation>Тариф «{tariff}» архивный, перейти на него нельзя.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="231" />
        <source>The tariff «{tariff}» is not for this kind of customer.</source>
        <translation>Тариф «{tariff}» недоступен для этого типа клиента.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="71" />
        <source>Verification of this line is locked after repeated failures: a supervisor must unlock it.</source>
        <translation>Проверка абонента по этому номеру заблокирована после нескольких неудачных попыток: снять блокировку может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="155" />
        <source>Type what the caller said.</source>
        <translation>Введите ответ абонента.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="159" />
        <source>The customer has no code word: use another method.</source>
        <translation>У абонента не задано кодовое слово: выберите другой способ проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="164" />
        <source>No passport on file: use another method.</source>
        <translation>Паспортные данные не указаны: выберите другой способ проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="174" />
        <source>Give the amount and the date of the last payment.</source>
        <translation>Укажите сумму и дату последнего платежа.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="181" />
        <source>{amount} is not an amount of money.</source>
        <translation>Не удалось распознать сумму: «{amount}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="188" />
        <source>{day} is not a date.</source>
        <translation>Не удалось распознать дату: «{day}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="201" />
        <source>The account has no payments: use another method.</source>
        <translation>По лицевому счёту нет платежей: выберите другой способ проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="212" />
        <source>Verification of this line is not locked.</source>
        <translation>Проверка абонента по этому номеру не заблокирована.</translation>
    </message>
    <message>
        <location filename="../../workstation/search.py" line="98" />
        <source>Type a number, a name, an account, a contract or an ICCID</source>
        <translation>Введите номер, ФИО, лицевой счёт, договор или ICCID</translation>
    </message>
    <message>
        <location filename="../../workstation/search.py" line="105" />
        <source>Type at least {count} letters of the name</source>
        <translation>Введите не менее {count} букв имени</translation>
    </message>
    <message>
        <location filename="../../workstation/search.py" line="113" />
        <source>Type at least {count} digits</source>
        <translation>Введите не менее {count} цифр</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="116" />
        <source>Cannot create the directory {folder}: {reason}</source>
        <translation>Не удалось создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="122" />
        <source>Cannot create the database {path}: the directory is read-only</source>
        <translation>Не удалось создать базу данных {path}: папка доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="129" />
        <source>Cannot write to the database {path}: the file is read-only</source>
        <translation>Нет записи в базу данных {path}: файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="194" />
        <location filename="../../workstation/db.py" line="201" />
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Не удалось открыть базу данных {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/gather.py" line="80" />
        <location filename="../../workstation/statements/gather.py" line="144" />
        <source>No personal account {account}</source>
        <translation>Лицевой счёт {account} не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/gather.py" line="94" />
        <source>No line has the number {msisdn}</source>
        <translation>Нет абонента с номером {msisdn}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="100" />
        <location filename="../../workstation/statements/gather.py" line="151" />
        <source>The month {month} has not begun yet</source>
        <translation>Месяц {month} ещё не начался</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="105" />
        <source>No account was charged for {month}</source>
        <translation>Ни по одному лицевому счёту нет начислений за {month}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="153" />
        <location filename="../../workstation/statements/document.py" line="153" />
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="161" />
        <source>{path} holds statements for {other}; choose another directory</source>
        <translation>В {path} уже лежат счета за {other}; выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/gather.py" line="159" />
        <source>Account {account} has no charges, payments or usage in {month}</source>
        <translation>По лицевому счёту {account} за {month} нет ни начислений, ни платежей, ни расхода</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/document.py" line="61" />
        <source>Account {account} has no postal address for bills: cannot send by post</source>
        <translation>У лицевого счёта {account} нет почтового адреса для счетов: отправить почтой нельзя</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/document.py" line="71" />
        <source>No fax number to send the statement of {account} to</source>
        <translation>Нет номера факса для отправки счёта по лицевому счёту {account}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/document.py" line="94" />
        <location filename="../../workstation/statements/gather.py" line="197" />
        <source>The statement of account {account} cannot be made: {reason}</source>
        <translation>Не удалось сформировать счёт по лицевому счёту {account}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/numbers.py" line="94" />
        <source>A pattern has the ten digits after +7, with * for any digit.</source>
        <translation>Шаблон — это десять цифр после +7, где * означает любую цифру.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/numbers.py" line="124" />
        <source>The number {number} is not in the pool of free numbers.</source>
        <translation>Номера {number} нет среди свободных номеров.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/numbers.py" line="133" />
        <source>The number {number} is in quarantine until {day}.</source>
        <translation>Номер {number} на карантине до {day}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="56" />
        <source>The value of «{field}» is not valid.</source>
        <translation>Недопустимое значение поля «{field}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="63" />
        <source>«{value}» is not a name: letters, hyphens and spaces only.</source>
        <translation>«{value}» не похоже на имя: допустимы только буквы, дефис и пробел.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="75" />
        <source>A postcode has six digits; «{value}» does not.</source>
        <translation>Почтовый индекс состоит из шести цифр, а «{value}» — нет.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="85" />
        <source>«{value}» is not an e-mail address.</source>
        <translation>«{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="176" />
        <source>A passport series has four digits.</source>
        <translation>Серия паспорта состоит из четырёх цифр.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="181" />
        <source>A passport number has six digits.</source>
        <translation>Номер паспорта состоит из шести цифр.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="185" />
        <source>A division code looks like 770-001.</source>
        <translation>Код подразделения выглядит так: 770-001.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="234" />
        <location filename="../../workstation/operations/personal.py" line="238" />
        <location filename="../../workstation/operations/personal.py" line="282" />
        <source>Nothing to change.</source>
        <translation>Изменять нечего.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="271" />
        <source>A postal address needs the {field}.</source>
        <translation>В почтовом адресе не хватает поля {field}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/misc/labels.py" line="37" />
        <location filename="../../ui/misc/labels.py" line="51" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="38" />
        <source>Voluntary block</source>
        <translation>Добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="39" />
        <source>Blocked for debt</source>
        <translation>Блокировка за неуплату</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="40" />
        <source>Lost SIM block</source>
        <translation>Блокировка (утеря SIM)</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="41" />
        <location filename="../../ui/misc/labels.py" line="52" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="42" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="43" />
        <source>end of number</source>
        <translation>окончание номера</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="44" />
        <source>former owner of the number</source>
        <translation>прежний владелец номера</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="45" />
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="46" />
        <source>account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="47" />
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="48" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="49" />
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="50" />
        <source>Business customer</source>
        <translation>Юридическое лицо / ИП</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="53" />
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="54" />
        <source>supervisor</source>
        <translation>супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="55" />
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="56" />
        <source>By post</source>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="57" />
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="58" />
        <source>By fax</source>
        <translation>По факсу</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="59" />
        <source>Not sent</source>
        <translation>Не отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="60" />
        <source>Subscription fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="61" />
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="62" />
        <location filename="../../ui/misc/labels.py" line="73" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="63" />
        <source>SMS and MMS</source>
        <translation>SMS и MMS</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="64" />
        <source>Mobile internet</source>
        <translation>Мобильный интернет</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="65" />
        <location filename="../../ui/misc/labels.py" line="76" />
        <location filename="../../ui/misc/labels.py" line="95" />
        <source>Roaming</source>
        <translation>Роуминг</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="66" />
        <source>One-off</source>
        <translation>Разовые списания</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="67" />
        <source>Adjustments</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="68" />
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="69" />
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="70" />
        <source>Cash in a shop</source>
        <translation>Наличные в салоне</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="71" />
        <source>Payment terminal</source>
        <translation>Терминал оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="72" />
        <source>Promised payment</source>
        <translation>Обещанный платёж</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="74" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="75" />
        <location filename="../../ui/misc/labels.py" line="89" />
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="77" />
        <source>Entertainment</source>
        <translation>Развлечения</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="78" />
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="79" />
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="80" />
        <source>For business</source>
        <translation>Для бизнеса</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="81" />
        <source>no fee</source>
        <translation>без абонентской платы</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="82" />
        <source>per month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="83" />
        <source>per day</source>
        <translation>в сутки</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="84" />
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="85" />
        <source>Archived</source>
        <translation>Архивный</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="86" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="87" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="88" />
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="90" />
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="91" />
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="92" />
        <source>Home region</source>
        <translation>Домашний регион</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="93" />
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="94" />
        <source>International</source>
        <translation>Международная</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="96" />
        <source>0890</source>
        <translation>0890</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="97" />
        <source>+7 495 766-01-66 (roaming)</source>
        <translation>+7 495 766-01-66 (роуминг)</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="98" />
        <source>8 800 250-0890</source>
        <translation>8 800 250-0890</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="99" />
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="100" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="101" />
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="102" />
        <source>code word</source>
        <translation>кодовое слово</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="103" />
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="104" />
        <source>last payment</source>
        <translation>последний платёж</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="105" />
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="106" />
        <source>Callback needed</source>
        <translation>Нужен перезвон</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="107" />
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="108" />
        <source>Information given</source>
        <translation>Дана консультация</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/misc/labels.py" line="139" />
        <source>interaction started</source>
        <translation>обращение начато</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="140" />
        <source>card opened</source>
        <translation>открыта карточка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="141" />
        <source>interaction closed</source>
        <translation>обращение завершено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="142" />
        <source>caller verification</source>
        <translation>проверка абонента</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="143" />
        <source>verification unlocked</source>
        <translation>проверка разблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="144" />
        <source>service switched on</source>
        <translation>подключена услуга</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="145" />
        <source>service switched off</source>
        <translation>отключена услуга</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="146" />
        <source>tariff changed</source>
        <translation>сменён тариф</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="147" />
        <source>personal data viewed</source>
        <translation>просмотр персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="148" />
        <source>usage detail viewed</source>
        <translation>просмотр детализации</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="149" />
        <source>voluntary block</source>
        <translation>добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="150" />
        <source>voluntary block lifted</source>
        <translation>снята добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="151" />
        <source>blocked: SIM lost</source>
        <translation>блокировка: утеря SIM</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="152" />
        <source>SIM replaced</source>
        <translation>замена SIM-карты</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="153" />
        <source>PIN and PUK given</source>
        <translation>сообщены PIN и PUK</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="154" />
        <source>number changed</source>
        <translation>смена номера</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="155" />
        <source>personal data changed</source>
        <translation>изменены персональные данные</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="156" />
        <source>bill delivery changed</source>
        <translation>изменена доставка счёта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="157" />
        <source>self-care password reset</source>
        <translation>сброшен пароль личного кабинета</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="33" />
        <source>Services: switch on or off</source>
        <translation>Подключение и отключение услуг</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="34" />
        <source>Tariff change</source>
        <translation>Смена тарифа</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="35" />
        <source>Technical or service support</source>
        <translation>Техническая и информационная поддержка</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="36" />
        <source>Number change</source>
        <translation>Смена номера</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="37" />
        <source>Voluntary block or unblock</source>
        <translation>Добровольная блокировка и разблокировка</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="38" />
        <source>PIN and PUK codes</source>
        <translation>PIN- и PUK-коды</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="39" />
        <source>Unblock after a debt</source>
        <translation>Разблокировка после погашения задолженности</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="40" />
        <source>Bills and documents by fax</source>
        <translation>Счета и документы по факсу</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="41" />
        <source>Merge or split personal accounts</source>
        <translation>Объединение и разделение лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="42" />
        <source>Usage detail</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="43" />
        <source>Explaining charges and the bill</source>
        <translation>Разъяснение списаний и счёта</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="44" />
        <source>Payment methods and rules</source>
        <translation>Способы и правила оплаты</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="45" />
        <source>How a service is charged</source>
        <translation>Тарификация услуг</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="46" />
        <source>Lost or stolen SIM</source>
        <translation>Утеря или кража SIM-карты</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="47" />
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="48" />
        <source>Bill delivery</source>
        <translation>Доставка счёта</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="49" />
        <source>Self-care password</source>
        <translation>Пароль от личного кабинета</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="50" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="51" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
</TS>