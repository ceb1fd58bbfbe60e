<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccountsActions</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="706"/>
        <source>&amp;Merge accounts…</source>
        <translation>&amp;Объединить счета…</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="708"/>
        <source>S&amp;plit the account…</source>
        <translation>Р&amp;азделить счёт…</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="722"/>
        <source>Verify the caller first</source>
        <translation>Сначала проверьте звонящего</translation>
    </message>
</context>
<context>
    <name>ActivateServiceDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="137"/>
        <source>Switch a service on</source>
        <translation>Подключение услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="154"/>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="155"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="161"/>
        <source>Switch on</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="199"/>
        <source>It will cost {total}: connection {connection} and the first period {first}. From {day}.</source>
        <translation>Стоимость {total}: подключение {connection} и первый период {first}. С {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="211"/>
        <source>Replace «{other}», which cannot be combined with it</source>
        <translation>Заменить «{other}» — эти услуги несовместимы</translation>
    </message>
</context>
<context>
    <name>AdjustBalanceDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="422"/>
        <source>Adjust the balance</source>
        <translation>Корректировка баланса</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="425"/>
        <source>&amp;Credit (in the subscriber&apos;s favour)</source>
        <translation>&amp;Начисление (в пользу абонента)</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="426"/>
        <source>&amp;Debit</source>
        <translation>&amp;Списание</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="433"/>
        <source>roubles, e.g. 150,00</source>
        <translation>в рублях, например 150,00</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="438"/>
        <source>why: it goes on the bill</source>
        <translation>причина: она будет в счёте</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="441"/>
        <source>Account:</source>
        <translation>Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="443"/>
        <source>{account}, balance {balance}</source>
        <translation>{account}, баланс {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="448"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="449"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="450"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="451"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="453"/>
        <location filename="../../ui/card/accounts_dialogs.py" line="491"/>
        <source>Adjust</source>
        <translation>Скорректировать</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="467"/>
        <source>Type the amount in roubles, e.g. 150,00.</source>
        <translation>Введите сумму в рублях, например 150,00.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="468"/>
        <source>Write why the balance is adjusted: the note goes on the bill.</source>
        <translation>Напишите, почему корректируется баланс: комментарий попадёт в счёт.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="479"/>
        <source>The balance will be {after}.</source>
        <translation>Баланс станет {after}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="483"/>
        <source>Ask a supervisor</source>
        <translation>Запросить супервизора</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="487"/>
        <source>That is over your cap of {cap}: a supervisor must approve it.</source>
        <translation>Это больше вашего лимита {cap}: нужно одобрение супервизора.</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="38"/>
        <source>Merge accounts</source>
        <translation>Объединить счета</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="39"/>
        <source>Split an account</source>
        <translation>Разделить счёт</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="40"/>
        <source>Adjust the balance</source>
        <translation>Скорректировать баланс</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="61"/>
        <source>Approval requests</source>
        <translation>Запросы на одобрение</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="68"/>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="69"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="70"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="71"/>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="72"/>
        <source>What it does</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="82"/>
        <source>required to reject; goes to the agent</source>
        <translation>обязателен при отклонении; его увидит оператор</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="86"/>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="87"/>
        <source>&amp;Reject</source>
        <translation>О&amp;тклонить</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="88"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="95"/>
        <source>Decision &amp;note:</source>
        <translation>&amp;Комментарий к решению:</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="134"/>
        <source>No requests are waiting.</source>
        <translation>Запросов, ожидающих решения, нет.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="160"/>
        <source>Request {number} approved: {operation}.</source>
        <translation>Запрос {number} одобрен: {operation}.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/dialog.py" line="163"/>
        <source>Request {number} rejected: {operation}.</source>
        <translation>Запрос {number} отклонён: {operation}.</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/reference/article.py" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="52"/>
        <source>Copy the title and text, to paste into an e-mail</source>
        <translation>Скопировать заголовок и текст, чтобы вставить в письмо</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="55"/>
        <source>&amp;New article…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="80"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="84"/>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="85"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="111"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="120"/>
        <source>{kind} of this subscriber</source>
        <translation>{kind} этого абонента</translation>
    </message>
    <message>
        <location filename="../../ui/reference/article.py" line="123"/>
        <source>{kind} · edited by {who} on {when}</source>
        <translation>{kind} · изменено: {who}, {when}</translation>
    </message>
</context>
<context>
    <name>BillDeliveryDialog</name>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="434"/>
        <source>Bill delivery</source>
        <translation>Доставка счёта</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="441"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Способ доставки:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="443"/>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="444"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="445"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="446"/>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="447"/>
        <source>House:</source>
        <translation>Дом:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="448"/>
        <source>Flat:</source>
        <translation>Квартира:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="449"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="450"/>
        <source>Fax number:</source>
        <translation>Номер факса:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="459"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>BillingTab</name>
    <message>
        <location filename="../../ui/card/billing.py" line="118"/>
        <location filename="../../ui/card/billing.py" line="133"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="119"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="120"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="122"/>
        <location filename="../../ui/card/billing.py" line="135"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="128"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="134"/>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="136"/>
        <source>Reference</source>
        <translation>№ операции</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="141"/>
        <source>Invoice</source>
        <translation>№ счёта</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="142"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="143"/>
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="144"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="145"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="146"/>
        <source>Closing</source>
        <translation>На конец</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="147"/>
        <source>Due</source>
        <translation>Оплата до</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="158"/>
        <source>Charges by period (click a month for its charges)</source>
        <translation>Списания по месяцам (выберите месяц, чтобы увидеть его списания)</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="160"/>
        <source>Charges of the period</source>
        <translation>Списания за период</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="167"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="168"/>
        <source>Invoices</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="175"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Счёт и детализация…</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="179"/>
        <source>E&amp;xplain…</source>
        <translation>Рас&amp;шифровать…</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="180"/>
        <source>What the selected charge is made of</source>
        <translation>Из чего состоит выбранное начисление</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="187"/>
        <source>Payment &amp;methods…</source>
        <translation>Способы &amp;оплаты…</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="202"/>
        <source>Billing</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="214"/>
        <source>Account {account}: balance {balance}, credit limit {limit}</source>
        <translation>Лицевой счёт {account}: баланс {balance}, кредитный лимит {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="231"/>
        <source>A statement is made once the caller is verified.</source>
        <translation>Счёт с детализацией выдаётся после проверки звонящего.</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="236"/>
        <source>Charges of {month}</source>
        <translation>Списания за {month}</translation>
    </message>
</context>
<context>
    <name>CallbackDock</name>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="316"/>
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <location filename="../../ui/callbacks/model.py" line="36"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="41"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="42"/>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="43"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="44"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="45"/>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="47"/>
        <source>Taken by</source>
        <translation>В работе у</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="48"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="49"/>
        <source>Waiting since</source>
        <translation>Ждёт с</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/model.py" line="50"/>
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>CallbackQueueWidget</name>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="82"/>
        <source>&amp;Take</source>
        <translation>Вз&amp;ять</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="83"/>
        <source>&amp;Record the result…</source>
        <translation>&amp;Результат звонка…</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="84"/>
        <source>Resche&amp;dule…</source>
        <translation>Пере&amp;нести…</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="85"/>
        <source>Re&amp;lease</source>
        <translation>В&amp;ернуть в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="86"/>
        <source>&amp;Cancel…</source>
        <translation>О&amp;тменить…</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="87"/>
        <source>&amp;New callback…</source>
        <translation>Новая &amp;заявка…</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="88"/>
        <source>R&amp;efresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="89"/>
        <source>Take the callback: no one else can take it (Enter)</source>
        <translation>Взять заявку в работу: больше никто не сможет её взять (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="90"/>
        <source>Give the callback back to the queue</source>
        <translation>Вернуть заявку в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="149"/>
        <source>Callbacks: {count}, overdue: {overdue}.</source>
        <translation>Заявок: {count}, просрочено: {overdue}.</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="167"/>
        <source>In the queue: {size} (taken {taken}, overdue {overdue}); waiting longest: {oldest}. Answered today: {answered}, within {target}: {on_time} ({share}); given up after every attempt: {given_up}.</source>
        <translation>В очереди: {size} (в работе {taken}, просрочено {overdue}); дольше всех ждёт: {oldest}. Дозвонились сегодня: {answered}, из них за {target}: {on_time} ({share}); закрыто без ответа после всех попыток: {given_up}.</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="181"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="190"/>
        <source>{days} d {hours} h</source>
        <translation>{days} дн. {hours} ч</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="192"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="194"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="195"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/queue.py" line="258"/>
        <source>The callback is yours. Wrap up the current interaction, then start the callback&apos;s one (Ctrl+N) and call {number}.</source>
        <translation>Заявка ваша. Завершите текущее обращение, затем начните обращение по обратному звонку (Ctrl+N) и позвоните на {number}.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="317"/>
        <location filename="../../ui/callbacks/dialogs.py" line="326"/>
        <source>Cancel the callback</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="319"/>
        <source>for example: the subscriber got through</source>
        <translation>например: абонент дозвонился сам</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="321"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="327"/>
        <source>Keep it</source>
        <translation>Не отменять</translation>
    </message>
</context>
<context>
    <name>CardHeaderWidget</name>
    <message>
        <location filename="../../ui/card/header.py" line="49"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="50"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="51"/>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="52"/>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="80"/>
        <source> → {next} from {day}</source>
        <translation> → {next} с {day}</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="87"/>
        <source>Caller verified</source>
        <translation>Абонент проверен</translation>
    </message>
    <message>
        <location filename="../../ui/card/header.py" line="87"/>
        <source>Caller not verified</source>
        <translation>Абонент не проверен</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../../ui/card/tab.py" line="97"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <location filename="../../ui/card/widget.py" line="78"/>
        <source>Find a subscriber on the left (Ctrl+F) and press Enter to open the card.</source>
        <translation>Найдите абонента в панели слева (Ctrl+F) и нажмите Enter, чтобы открыть карточку.</translation>
    </message>
</context>
<context>
    <name>ChangeNumberDialog</name>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="250"/>
        <location filename="../../ui/card/line_dialogs.py" line="290"/>
        <source>Change the number</source>
        <translation>Смена номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="253"/>
        <source>e.g. 7777</source>
        <translation>например, 7777</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="257"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="259"/>
        <source>Ordinary</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="260"/>
        <source>Bronze</source>
        <translation>Бронзовый</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="261"/>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="262"/>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="263"/>
        <source>Platinum</source>
        <translation>Платиновый</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="266"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="271"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="272"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="273"/>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="279"/>
        <source>Ending with:</source>
        <translation>Оканчивается на:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="281"/>
        <source>Pattern:</source>
        <translation>Шаблон:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/line_dialogs.py" line="312"/>
        <source>Free numbers found: %n</source>
        <translation>
            <numerusform>Найден %n свободный номер</numerusform>
            <numerusform>Найдено %n свободных номера</numerusform>
            <numerusform>Найдено %n свободных номеров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="324"/>
        <source>{old} becomes {new} for {price}. The old number rests in quarantine.</source>
        <translation>{old} меняется на {new}, стоимость {price}. Прежний номер уходит на карантин.</translation>
    </message>
</context>
<context>
    <name>ChangeTariffDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="295"/>
        <source>Change the tariff plan</source>
        <translation>Смена тарифного плана</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="302"/>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="303"/>
        <source>From the &amp;next billing period</source>
        <translation>С &amp;начала следующего расчётного периода</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="306"/>
        <source>The new plan takes effect:</source>
        <translation>Новый тариф действует:</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="314"/>
        <source>Cost per month: the fee and usage beyond the allowance, had the subscriber&apos;s usage of the last three months been on each plan.</source>
        <translation>Стоимость в месяц: абонентская плата и расходы сверх пакета, если бы расход абонента за последние три месяца был на каждом из тарифов.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="323"/>
        <source>Change the plan</source>
        <translation>Сменить тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="342"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="343"/>
        <source> (current)</source>
        <translation> (текущий)</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="346"/>
        <source>Fee</source>
        <translation>Абонплата</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="347"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="348"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="350"/>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="355"/>
        <source>Switch fee</source>
        <translation>Плата за переход</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="366"/>
        <source>Average</source>
        <translation>В среднем</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="369"/>
        <source>Services that end</source>
        <translation>Отключатся услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="392"/>
        <source>This is the current plan.</source>
        <translation>Это текущий тариф.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="395"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="397"/>
        <source>Switch fee {fee}. Services that end with the change: {ends}.</source>
        <translation>Плата за переход {fee}. При смене отключатся услуги: {ends}.</translation>
    </message>
</context>
<context>
    <name>CreateCallbackDialog</name>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="128"/>
        <source>New callback</source>
        <translation>Новая заявка на обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="137"/>
        <source>What the subscriber is waiting to hear</source>
        <translation>Что абонент ждёт услышать</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="139"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="140"/>
        <source>Call &amp;at:</source>
        <translation>&amp;Время звонка:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="141"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="142"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="146"/>
        <source>Add to the queue</source>
        <translation>Поставить в очередь</translation>
    </message>
</context>
<context>
    <name>DeactivateServiceDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="248"/>
        <source>Switch a service off</source>
        <translation>Отключение услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="256"/>
        <source>Switch off «{service}»? Fees already charged are not returned.</source>
        <translation>Отключить «{service}»? Уже списанная плата не возвращается.</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="264"/>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
</context>
<context>
    <name>DeliveryWorker</name>
    <message>
        <location filename="../../ui/outbox/worker.py" line="79"/>
        <location filename="../../ui/outbox/worker.py" line="91"/>
        <source>Mail not sent: {reason}</source>
        <translation>Почта не отправлена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/worker.py" line="83"/>
        <source>Outbox: sent {sent}, failed {failed}, to retry {retry}</source>
        <translation>Исходящие: отправлено {sent}, с ошибкой {failed}, к повтору {retry}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/worker.py" line="113"/>
        <location filename="../../ui/outbox/worker.py" line="123"/>
        <source>Mailbox not read: {reason}</source>
        <translation>Почтовый ящик не прочитан: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/worker.py" line="117"/>
        <source>New e-mail requests: {count}</source>
        <translation>Новых обращений по почте: {count}</translation>
    </message>
</context>
<context>
    <name>EmailQueueDock</name>
    <message>
        <location filename="../../ui/inbox/queue.py" line="204"/>
        <source>E-mail requests</source>
        <translation>Обращения по почте</translation>
    </message>
</context>
<context>
    <name>EmailQueueModel</name>
    <message>
        <location filename="../../ui/inbox/model.py" line="16"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="17"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="18"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="18"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="19"/>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="19"/>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="20"/>
        <source>Found</source>
        <translation>Как найден</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="22"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="27"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="28"/>
        <source>Taken by</source>
        <translation>Взял</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/model.py" line="33"/>
        <source>(no address)</source>
        <translation>(без адреса)</translation>
    </message>
</context>
<context>
    <name>EmailQueueWidget</name>
    <message>
        <location filename="../../ui/inbox/queue.py" line="70"/>
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/queue.py" line="72"/>
        <source>Take the letter: it starts your e-mail interaction (Enter)</source>
        <translation>Взять письмо: начнётся ваше обращение по почте (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/queue.py" line="74"/>
        <source>Set &amp;aside…</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/queue.py" line="75"/>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/queue.py" line="123"/>
        <source>Waiting: {waiting}, being answered: {taken}.</source>
        <translation>Ждут: {waiting}, в работе: {taken}.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/queue.py" line="176"/>
        <source>Set the letter aside</source>
        <translation>Отложить письмо</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/queue.py" line="176"/>
        <source>Why does it need no answer?</source>
        <translation>Почему на него не нужно отвечать?</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="73"/>
        <source>What the charge is made of</source>
        <translation>Из чего состоит начисление</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="91"/>
        <location filename="../../ui/card/explain_dialog.py" line="102"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="92"/>
        <location filename="../../ui/card/explain_dialog.py" line="106"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="93"/>
        <location filename="../../ui/card/explain_dialog.py" line="103"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="94"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="95"/>
        <location filename="../../ui/card/explain_dialog.py" line="105"/>
        <source>Duration or volume</source>
        <translation>Длит. / объём</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="96"/>
        <location filename="../../ui/card/explain_dialog.py" line="107"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="101"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="104"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="109"/>
        <source>Running total</source>
        <translation>Нарастающий итог</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="115"/>
        <source>By kind, zone and direction</source>
        <translation>По видам, зонам и направлениям</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="118"/>
        <source>The records</source>
        <translation>Записи детализации</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="175"/>
        <source>{category}: {amount}</source>
        <translation>{category}: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="179"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="180"/>
        <source>Account:</source>
        <translation>Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="182"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="183"/>
        <source>Charged:</source>
        <translation>Начислено:</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="184"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="186"/>
        <source>Reason code:</source>
        <translation>Код причины:</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="197"/>
        <source>A one-off charge or a correction: its description and reason say why.</source>
        <translation>Разовое начисление или корректировка: за что — сказано в описании и коде причины.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="201"/>
        <source>The monthly fee of the tariff plan «{tariff}»: {fee} a month.</source>
        <translation>Абонентская плата по тарифному плану «{tariff}»: {fee} в месяц.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="205"/>
        <source>Charged for the whole month.</source>
        <translation>Начислена за полный месяц.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="210"/>
        <source>Charged pro rata for {days} of the month&apos;s {month_days} days: the fee × {days} / {month_days}.</source>
        <translation>Начислена пропорционально дням: {days} из {month_days}, то есть плата × {days} / {month_days}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="218"/>
        <source>the connection fee of the service «{service}»: {fee}.</source>
        <translation>плата за подключение услуги «{service}»: {fee}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="222"/>
        <source>the daily fee of «{service}», {fee} a day, for {days} days.</source>
        <translation>посуточная плата за услугу «{service}», {fee} в сутки, за {days} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="226"/>
        <source>the fee of «{service}»: {fee} {period}.</source>
        <translation>абонентская плата за услугу «{service}»: {fee} {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="230"/>
        <source>from {start} until {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="232"/>
        <source>from {start}, still on</source>
        <translation>с {start} и по сей день</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="235"/>
        <source>no subscription in this month</source>
        <translation>в этом месяце не была подключена</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="236"/>
        <source>This is {what} The service was on: {periods}.</source>
        <translation>Это {what} Когда услуга была подключена: {periods}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="244"/>
        <source>A voluntary block on the tariff «{tariff}»: free for {free} days, then {fee} a day.</source>
        <translation>Добровольная блокировка на тарифе «{tariff}»: {free} дн. бесплатно, затем {fee} в сутки.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="248"/>
        <source>A voluntary block on the tariff «{tariff}»: {fee} a day from the first day.</source>
        <translation>Добровольная блокировка на тарифе «{tariff}»: {fee} в сутки с первого дня.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="252"/>
        <source>Charged for {days} days.</source>
        <translation>Начислено за {days} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="258"/>
        <source>{count} records of the line from {start} to {end} ({kinds}); the period is the calendar month in the account&apos;s time zone.</source>
        <translation>Записей детализации: {count}, с {start} до {end} ({kinds}); период — календарный месяц в часовом поясе лицевого счёта.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="264"/>
        <source>everything used abroad</source>
        <translation>всё, что использовано за границей</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="266"/>
        <source>{kinds}, outside roaming</source>
        <translation>{kinds}, кроме роуминга</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="271"/>
        <source>✓ The records add up to {total}, the same as the charge.</source>
        <translation>✓ Сумма записей — {total}, она равна начислению.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="278"/>
        <source>The records add up to {total}, but the charge is {amount}: pass it to billing before explaining it.</source>
        <translation>Сумма записей — {total}, а начислено {amount}: прежде чем объяснять, передайте начисление на проверку в биллинг.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="300"/>
        <source>The records are shown once the caller is verified: calls and messages are protected by the secret of communications.</source>
        <translation>Записи детализации доступны после проверки абонента: звонки и сообщения составляют тайну связи.</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="306"/>
        <source>Loading the records…</source>
        <translation>Загрузка записей…</translation>
    </message>
    <message>
        <location filename="../../ui/card/explain_dialog.py" line="324"/>
        <source>The list shows the first {shown} records.</source>
        <translation>В списке — первые {shown} записей.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>First start: building the demo base…</source>
        <translation>Первый запуск: создаётся демонстрационная база…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <location filename="../../ui/app.py" line="93"/>
        <source>Agent Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/card/history.py" line="28"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="29"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="30"/>
        <source>Caller</source>
        <translation>С номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="31"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="32"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="33"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="33"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="76"/>
        <source>Reasons: {reasons}</source>
        <translation>Причины: {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="77"/>
        <source>Done: {operations}</source>
        <translation>Сделано: {operations}</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="78"/>
        <source>Note: {note}</source>
        <translation>Комментарий: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="39"/>
        <source>Number assigned</source>
        <translation>Назначение номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="40"/>
        <source>Number released</source>
        <translation>Освобождение номера</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="41"/>
        <source>SIM replaced</source>
        <translation>Замена SIM-карты</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="42"/>
        <source>Line status</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="46"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="47"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="48"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="35"/>
        <location filename="../../ui/card/history.py" line="49"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="50"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="53"/>
        <source>Interactions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="55"/>
        <source>Changes on record</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/card/history.py" line="65"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>InteractionBar</name>
    <message>
        <location filename="../../ui/interaction/bar.py" line="37"/>
        <source>Start an interaction</source>
        <translation>Начать обращение</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="38"/>
        <source>Verify the caller</source>
        <translation>Проверить абонента</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="39"/>
        <source>Wrap up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="76"/>
        <source>No interaction in progress</source>
        <translation>Нет текущего обращения</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="78"/>
        <source>number unknown</source>
        <translation>номер не определён</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="80"/>
        <source>Interaction {id}: {channel}, caller {caller}</source>
        <translation>Обращение {id}: {channel}, звонит {caller}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="86"/>
        <source>Caller verified</source>
        <translation>Абонент проверен</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/bar.py" line="86"/>
        <source>Caller not verified</source>
        <translation>Абонент не проверен</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/mainwindow/language.py" line="34"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/language.py" line="55"/>
        <source>The interface stays in {language}.</source>
        <translation>Язык интерфейса не меняется: {language}.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/language.py" line="58"/>
        <source>The interface will be in {language} from the next start of the workstation.</source>
        <translation>Выбран язык {language}: он включится при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/language.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <location filename="../../ui/card/line_menu.py" line="54"/>
        <source>Voluntary &amp;block…</source>
        <translation>&amp;Добровольная блокировка…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="55"/>
        <source>&amp;Lift the voluntary block…</source>
        <translation>&amp;Снять добровольную блокировку…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="56"/>
        <source>Block: SIM &amp;lost or stolen…</source>
        <translation>Блокировка: &amp;утеря или кража SIM…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="57"/>
        <source>&amp;Replace the SIM card…</source>
        <translation>&amp;Замена SIM-карты…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="58"/>
        <source>&amp;PIN and PUK codes…</source>
        <translation>&amp;PIN- и PUK-коды…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="59"/>
        <source>Change the &amp;number…</source>
        <translation>Смена &amp;номера…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="60"/>
        <source>Personal &amp;data…</source>
        <translation>&amp;Персональные данные…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="61"/>
        <source>Bill d&amp;elivery…</source>
        <translation>Доставка с&amp;чёта…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="62"/>
        <source>Reset the self-care &amp;password…</source>
        <translation>Сброс пароля &amp;личного кабинета…</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="82"/>
        <source>Start an interaction</source>
        <translation>Начните обращение</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="84"/>
        <source>Operations on a subscriber are done inside an interaction: start one first (Ctrl+N).</source>
        <translation>Операции с абонентом выполняются в рамках обращения: сначала начните его (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="121"/>
        <source>Lift the voluntary block</source>
        <translation>Снятие добровольной блокировки</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="122"/>
        <source>The line becomes active again. Days beyond the free ones are charged now.</source>
        <translation>Номер снова станет активным. Дни сверх бесплатных будут списаны сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="123"/>
        <source>Lift the block</source>
        <translation>Снять блокировку</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="130"/>
        <source>SIM lost or stolen</source>
        <translation>Утеря или кража SIM-карты</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="132"/>
        <source>The line is blocked at once: no calls, messages or internet until a new SIM card is issued. Needs the caller verified by code word or passport.</source>
        <translation>Номер блокируется сразу: звонки, сообщения и интернет недоступны до выдачи новой SIM-карты. Абонент должен быть проверен по кодовому слову или паспорту.</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="135"/>
        <source>Block now</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="201"/>
        <source>Reset the self-care password</source>
        <translation>Сброс пароля личного кабинета</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="203"/>
        <source>A one-time password goes by SMS to {number}; the subscriber must change it at the first login. You will not see it.</source>
        <translation>Одноразовый пароль уйдёт SMS на номер {number}; при первом входе абонент должен его сменить. Вы его не увидите.</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_menu.py" line="206"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login/dialog.py" line="37"/>
        <source>Agent Workstation — log in</source>
        <translation>АРМ оператора — вход</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="40"/>
        <source>Agent Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="42"/>
        <source>Database: {location}</source>
        <translation>База данных: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="59"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="60"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="61"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="62"/>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите его:</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="74"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="99"/>
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/login/dialog.py" line="104"/>
        <source>Type the same new password in both fields.</source>
        <translation>Введите один и тот же новый пароль в оба поля.</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../ui/inbox/actions.py" line="63"/>
        <source>E-mail re&amp;quests…</source>
        <translation>Обращения по &amp;почте…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/actions.py" line="64"/>
        <source>Re&amp;ply to the e-mail…</source>
        <translation>&amp;Ответить на письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/actions.py" line="68"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/actions.py" line="91"/>
        <source>Take an e-mail from the queue first (Ctrl+Shift+M).</source>
        <translation>Сначала возьмите письмо из очереди (Ctrl+Shift+M).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="58"/>
        <source>Agent Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="121"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="123"/>
        <source>&amp;Interaction</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="125"/>
        <source>&amp;Start an interaction…</source>
        <translation>&amp;Начать обращение…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="128"/>
        <source>&amp;Verify the caller…</source>
        <translation>&amp;Проверить абонента…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="130"/>
        <source>&amp;Wrap up…</source>
        <translation>&amp;Завершить обращение…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="131"/>
        <source>&amp;Callbacks…</source>
        <translation>&amp;Обратные звонки…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="133"/>
        <source>&amp;Approval requests…</source>
        <translation>Запросы на о&amp;добрение…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="138"/>
        <source>&amp;Line</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="144"/>
        <source>&amp;Subscriber</source>
        <translation>&amp;Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="146"/>
        <source>&amp;Find a subscriber</source>
        <translation>&amp;Найти абонента</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="148"/>
        <source>R&amp;eference…</source>
        <translation>&amp;Справочник…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="149"/>
        <source>&amp;Reload the card</source>
        <translation>&amp;Обновить карточку</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="150"/>
        <source>&amp;Close the card</source>
        <translation>&amp;Закрыть карточку</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="151"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="166"/>
        <source>&amp;Administration</source>
        <translation>Ад&amp;министрирование</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="167"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="170"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="171"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="179"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="180"/>
        <source>Agent Workstation: the contact-center agent&apos;s desktop of a mobile operator.</source>
        <translation>АРМ оператора — рабочее место специалиста контакт-центра мобильного оператора.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="283"/>
        <source>Agent: {name} ({role})</source>
        <translation>Сотрудник: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="286"/>
        <source>Database: {location}</source>
        <translation>База данных: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="289"/>
        <location filename="../../ui/mainwindow/window.py" line="317"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/window.py" line="317"/>
        <source>No connection</source>
        <translation>Нет подключения</translation>
    </message>
</context>
<context>
    <name>MergeAccountsDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="257"/>
        <source>Merge personal accounts</source>
        <translation>Объединение лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="262"/>
        <source>&amp;Merge the account:</source>
        <translation>&amp;Присоединить счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="263"/>
        <source>&amp;into the account:</source>
        <translation>&amp;к счёту:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="265"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="280"/>
        <source>The customer has no other open account to merge with.</source>
        <translation>У клиента нет другого открытого счёта для объединения.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="290"/>
        <source>The numbers {lines} move to the account {target}, and the balance of {moved} with them. The account {target} will have {balance}; the account {source} will be closed.</source>
        <translation>Номера {lines} переходят на счёт {target}, вместе с ними переносится остаток {moved}. На счёте {target} станет {balance}; счёт {source} будет закрыт.</translation>
    </message>
</context>
<context>
    <name>MoneyActions</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="675"/>
        <source>Account &amp;actions</source>
        <translation>&amp;Действия со счётом</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="678"/>
        <source>&amp;Adjust the balance…</source>
        <translation>&amp;Корректировка баланса…</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="680"/>
        <source>&amp;Promised payment…</source>
        <translation>&amp;Обещанный платёж…</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="682"/>
        <source>&amp;Reactivate after debt…</source>
        <translation>&amp;Разблокировать после долга…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/users/dialog.py" line="127"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="130"/>
        <source>Latin letters and digits, e.g. ivanova</source>
        <translation>Латинские буквы и цифры, например ivanova</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="136"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="137"/>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="138"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="139"/>
        <source>Initial &amp;password:</source>
        <translation>Начальный &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="140"/>
        <source>R&amp;epeat it:</source>
        <translation>По&amp;вторите его:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="141"/>
        <source>The user must change this password at the first login.</source>
        <translation>При первом входе пользователь должен будет сменить этот пароль.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/misc/operations.py" line="47"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/operations.py" line="51"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox/view.py" line="62"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="70"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="71"/>
        <source>Waiting</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="79"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="91"/>
        <source>&amp;Send again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="92"/>
        <source>&amp;Cancel the message…</source>
        <translation>&amp;Отменить сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="93"/>
        <source>R&amp;efresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="94"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="152"/>
        <source>Waiting: {waiting}, failed: {failed}, sent: {sent}.</source>
        <translation>Ожидают: {waiting}, с ошибкой: {failed}, отправлено: {sent}.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="173"/>
        <source>Last error: {error}</source>
        <translation>Последняя ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="180"/>
        <source>The text of this message is secret (a one-time password): not shown.</source>
        <translation>Текст этого сообщения секретный (одноразовый пароль) и не показывается.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="209"/>
        <source>Cancel the message</source>
        <translation>Отмена сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/view.py" line="209"/>
        <source>Why is it cancelled?</source>
        <translation>Почему сообщение отменяется?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../ui/outbox/model.py" line="17"/>
        <source>Written</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="18"/>
        <source>Way</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="19"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="20"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="20"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="22"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="27"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="28"/>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="29"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="31"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/model.py" line="33"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="174"/>
        <source>Result of the call</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="178"/>
        <source>&amp;Answered: the callback is done</source>
        <translation>&amp;Ответил: заявка выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="179"/>
        <source>&amp;No answer</source>
        <translation>&amp;Не ответил</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="180"/>
        <source>&amp;Busy</source>
        <translation>&amp;Занято</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="191"/>
        <source>An answered call is recorded in its interaction: start it first (Ctrl+N), then record the result.</source>
        <translation>Разговор записывается в обращение: сначала начните его (Ctrl+N), затем отметьте результат.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callbacks/dialogs.py" line="198"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Через %n минуту</numerusform>
            <numerusform>Через %n минуты</numerusform>
            <numerusform>Через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="200"/>
        <source>A&amp;t:</source>
        <translation>В &amp;указанное время:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callbacks/dialogs.py" line="216"/>
        <source>Attempts so far: %n.</source>
        <translation>
            <numerusform>Сделана %n попытка.</numerusform>
            <numerusform>Сделано %n попытки.</numerusform>
            <numerusform>Сделано %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="219"/>
        <source>If not answered now, it is given up.</source>
        <translation>Если абонент не ответит и сейчас, заявка закроется без ответа.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callbacks/dialogs.py" line="221"/>
        <source>Attempts left after this one: %n.</source>
        <translation>
            <numerusform>После этой останется %n попытка.</numerusform>
            <numerusform>После этой останется %n попытки.</numerusform>
            <numerusform>После этой останется %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="228"/>
        <source>Next attempt:</source>
        <translation>Следующая попытка:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="229"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="237"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="151"/>
        <source>Page {number} of {count}</source>
        <translation>Страница {number} из {count}</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsDialog</name>
    <message>
        <location filename="../../ui/reference/payments.py" line="53"/>
        <source>Payment methods</source>
        <translation>Способы оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="63"/>
        <source>How to pay</source>
        <translation>Как оплатить</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="71"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="72"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="73"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="74"/>
        <source>Reference</source>
        <translation>№ операции</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="82"/>
        <source>Recent payments of the account</source>
        <translation>Последние платежи по лицевому счёту</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="111"/>
        <source>Account {account}: balance {balance}, credit limit {limit}.</source>
        <translation>Лицевой счёт {account}: баланс {balance}, кредитный лимит {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="120"/>
        <source>The balance is below the credit limit: {amount} is missing to lift the debt block.</source>
        <translation>Баланс ниже кредитного лимита: чтобы снять блокировку за неуплату, не хватает {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="126"/>
        <source>{method}: {count} ({total}), last on {day}</source>
        <translation>{method}: платежей {count} на {total}, последний — {day}</translation>
    </message>
    <message>
        <location filename="../../ui/reference/payments.py" line="135"/>
        <source>The account has no payments yet.</source>
        <translation>Платежей по лицевому счёту ещё не было.</translation>
    </message>
</context>
<context>
    <name>PeriodMatrix</name>
    <message>
        <location filename="../../ui/card/billing.py" line="73"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="91"/>
        <source>Total charged</source>
        <translation>Итого списано</translation>
    </message>
    <message>
        <location filename="../../ui/card/billing.py" line="93"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="372"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="375"/>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="376"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="377"/>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="378"/>
        <source>Passport series:</source>
        <translation>Серия паспорта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="379"/>
        <source>Passport number:</source>
        <translation>Номер паспорта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="380"/>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="381"/>
        <source>Division code:</source>
        <translation>Код подразделения:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="382"/>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="383"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="384"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="385"/>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="386"/>
        <source>House:</source>
        <translation>Дом:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="387"/>
        <source>Flat:</source>
        <translation>Квартира:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="388"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="389"/>
        <source>Contact phone:</source>
        <translation>Контактный телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="397"/>
        <source>Changes are kept in the history with the old values.</source>
        <translation>Изменения сохраняются в истории вместе с прежними значениями.</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="403"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/card/profile.py" line="25"/>
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="27"/>
        <source>Name:</source>
        <translation>ФИО / название:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="28"/>
        <source>Type:</source>
        <translation>Тип клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="29"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="30"/>
        <source>Passport:</source>
        <translation>Паспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="31"/>
        <source>Issued:</source>
        <translation>Выдан:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="32"/>
        <source>INN / KPP:</source>
        <translation>ИНН / КПП:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="33"/>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="34"/>
        <source>Code word:</source>
        <translation>Кодовое слово:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="35"/>
        <source>Customer since:</source>
        <translation>Клиент с:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="38"/>
        <source>Contacts and address</source>
        <translation>Контакты и адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="40"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="41"/>
        <source>Contact phone:</source>
        <translation>Контактный телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="42"/>
        <source>Registration address:</source>
        <translation>Адрес регистрации:</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="49"/>
        <location filename="../../ui/card/profile.py" line="72"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="50"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="51"/>
        <location filename="../../ui/card/profile.py" line="66"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="53"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="59"/>
        <source>Bill delivery</source>
        <translation>Доставка счёта</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="64"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="71"/>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="75"/>
        <source>Personal accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="80"/>
        <source>Customer&apos;s numbers (double-click to open)</source>
        <translation>Номера абонента (двойной щелчок — открыть карточку)</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="97"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="107"/>
        <source>hidden until the caller is verified</source>
        <translation>скрыто до проверки абонента</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="128"/>
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <location filename="../../ui/card/profile.py" line="128"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>PromisedPaymentDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="522"/>
        <source>Promised payment</source>
        <translation>Обещанный платёж</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="526"/>
        <source>up to {limit}</source>
        <translation>до {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="530"/>
        <source>Account:</source>
        <translation>Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="532"/>
        <source>{account}, balance {balance}, credit limit {limit}</source>
        <translation>{account}, баланс {balance}, кредитный лимит {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="539"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="541"/>
        <source>Give</source>
        <translation>Предоставить</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="547"/>
        <source>Type the amount in roubles. It is credited now and taken back after {days} days; a fee is charged by amount.</source>
        <translation>Введите сумму в рублях. Она зачисляется сразу и списывается через {days} дн.; плата зависит от суммы.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="565"/>
        <source>Fee {fee}, charged now. The amount is taken back on {day}. The balance will be {after}.</source>
        <translation>Плата {fee} списывается сразу. Сумма будет списана {day}. Баланс станет {after}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="576"/>
        <source>The debt block of {lines} is lifted at once.</source>
        <translation>Блокировка за неуплату номеров {lines} снимается сразу.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="584"/>
        <source>The debt block stays: {missing} would still be missing.</source>
        <translation>Блокировка за неуплату останется: будет не хватать {missing}.</translation>
    </message>
</context>
<context>
    <name>ReactivateDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="614"/>
        <source>Reactivate after debt</source>
        <translation>Разблокировка после долга</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="617"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="619"/>
        <source>Reactivate</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="633"/>
        <source>The line is not blocked for debt ({status}).</source>
        <translation>Номер не заблокирован за неуплату ({status}).</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="638"/>
        <source>Not enough money: {missing} is missing (balance {balance}, credit limit {limit}). A payment or a promised payment comes first.</source>
        <translation>Недостаточно средств: не хватает {missing} (баланс {balance}, кредитный лимит {limit}). Сначала нужен платёж или обещанный платёж.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="642"/>
        <source>The balance {balance} is within the credit limit {limit}: the line can be reactivated.</source>
        <translation>Баланс {balance} в пределах кредитного лимита {limit}: номер можно разблокировать.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../ui/reference/dialog.py" line="65"/>
        <source>Reference</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="78"/>
        <source>Words from the title or text: tariff, service, payment, roaming…</source>
        <translation>Слова из заголовка или текста: тариф, услуга, оплата, роуминг…</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="85"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="86"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="97"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="111"/>
        <source>&amp;Insert into the reply</source>
        <translation>&amp;Вставить в ответ</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="115"/>
        <source>&amp;Find:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="170"/>
        <source>Articles found: {count}</source>
        <translation>Найдено статей: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/reference/dialog.py" line="219"/>
        <source>Saved: {title}</source>
        <translation>Сохранено: {title}</translation>
    </message>
</context>
<context>
    <name>ReplaceSimDialog</name>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="163"/>
        <source>Replace the SIM card</source>
        <translation>Замена SIM-карты</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="165"/>
        <source>A new SIM card replaces the current one, which stops working. The customer is told by SMS and e-mail on the contacts on file.</source>
        <translation>Новая SIM-карта заменит текущую, которая перестанет работать. Абонент получит уведомление по SMS и электронной почте на указанные контакты.</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="168"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="174"/>
        <source>ICCID of the blank SIM, or empty to issue a new one</source>
        <translation>ICCID выданной SIM-карты или пусто — выпустить новую</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="176"/>
        <source>&amp;ICCID:</source>
        <translation>&amp;ICCID:</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/inbox/reply.py" line="67"/>
        <source>Reply to the e-mail</source>
        <translation>Ответ на письмо</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="78"/>
        <source>as the letter gives it</source>
        <translation>как написано в письме</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="79"/>
        <source>Code &amp;word from the letter:</source>
        <translation>Кодовое &amp;слово из письма:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="81"/>
        <source>&amp;Verify the sender</source>
        <translation>&amp;Проверить отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="87"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="92"/>
        <source>Hello!



Kind regards,
{agent}
Contact centre</source>
        <translation>Здравствуйте!



С уважением,
{agent}
Контактный центр</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="99"/>
        <source>Insert a &amp;reference text…</source>
        <translation>Вставить текст из &amp;справочника…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="102"/>
        <source>Se&amp;nd the reply</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="104"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="106"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="145"/>
        <source>No interaction in progress.</source>
        <translation>Нет текущего обращения.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="160"/>
        <source>The interaction has no letter to answer.</source>
        <translation>В обращении нет письма, на которое нужно ответить.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="171"/>
        <source>{when} — from {address}: {subject}</source>
        <translation>{when} — от {address}: {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="172"/>
        <source>(no address)</source>
        <translation>(без адреса)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="177"/>
        <source>{when} — our reply to {address} ({status}): {subject}</source>
        <translation>{when} — наш ответ на {address} ({status}): {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="192"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="192"/>
        <source>Not verified</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="231"/>
        <source>The sender is verified.</source>
        <translation>Отправитель проверен.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="237"/>
        <source>The code word does not match. Attempts left: {left}.</source>
        <translation>Кодовое слово не совпадает. Осталось попыток: {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/reply.py" line="241"/>
        <source>The code word does not match; verification of the line is now locked.</source>
        <translation>Кодовое слово не совпадает; проверка по этому номеру теперь заблокирована.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="279"/>
        <source>Call back at another time</source>
        <translation>Перенести обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="283"/>
        <source>Call &amp;at:</source>
        <translation>&amp;Время звонка:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="284"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks/dialogs.py" line="289"/>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users/dialog.py" line="210"/>
        <source>Reset the password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="216"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="217"/>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="218"/>
        <source>R&amp;epeat it:</source>
        <translation>По&amp;вторите его:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="220"/>
        <source>The user must change it at the next login. A locked login is unlocked.</source>
        <translation>При следующем входе пользователь должен будет сменить пароль. Заблокированный вход будет разблокирован.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/users/dialog.py" line="178"/>
        <source>Change the role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="183"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="184"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search/panel.py" line="38"/>
        <source>Number, name, account, contract or ICCID</source>
        <translation>Номер, ФИО, лицевой счёт, договор или ICCID</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="58"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="70"/>
        <source>Type a number, a surname, an account, a contract or an ICCID.</source>
        <translation>Введите номер, фамилию, лицевой счёт, договор или ICCID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/panel.py" line="115"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="117"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search/model.py" line="26"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="27"/>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="28"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="30"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="31"/>
        <source>Found by</source>
        <translation>Совпадение</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../ui/card/services.py" line="25"/>
        <location filename="../../ui/card/services.py" line="34"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="26"/>
        <location filename="../../ui/card/services.py" line="35"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="27"/>
        <location filename="../../ui/card/services.py" line="42"/>
        <source>Fee</source>
        <translation>Абонплата</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="28"/>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="29"/>
        <source>Until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="37"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="43"/>
        <source>Conflicts with</source>
        <translation>Несовместима с</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="45"/>
        <source>What it does</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="55"/>
        <source>Switch &amp;on…</source>
        <translation>&amp;Подключить…</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="56"/>
        <source>Switch o&amp;ff…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="61"/>
        <source>Services of the line</source>
        <translation>Подключённые услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="68"/>
        <source>Available on the tariff</source>
        <translation>Доступные на тарифе</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="81"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../ui/card/services.py" line="85"/>
        <source>free</source>
        <translation>бесплатно</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="24"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="25"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/shortcuts.py" line="33"/>
        <source>Every action of the workstation has a key:</source>
        <translation>У каждого действия в АРМ есть сочетание клавиш:</translation>
    </message>
</context>
<context>
    <name>SimCodesDialog</name>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="199"/>
        <source>PIN and PUK codes</source>
        <translation>PIN- и PUK-коды</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="201"/>
        <source>The codes are shown for {seconds} seconds. Read them to the caller only.</source>
        <translation>Коды показываются {seconds} секунд. Сообщите их только звонящему абоненту.</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="203"/>
        <source>Show the codes</source>
        <translation>Показать коды</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="219"/>
        <source>SIM …{tail}
PIN1: {pin1}   PUK1: {puk1}
PIN2: {pin2}   PUK2: {puk2}</source>
        <translation>SIM …{tail}
PIN1: {pin1}   PUK1: {puk1}
PIN2: {pin2}   PUK2: {puk2}</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="234"/>
        <source>The codes are hidden.</source>
        <translation>Коды скрыты.</translation>
    </message>
</context>
<context>
    <name>SplitAccountDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="323"/>
        <source>Split a personal account</source>
        <translation>Разделение лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="329"/>
        <source>roubles, e.g. 500,00</source>
        <translation>в рублях, например 500,00</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="331"/>
        <source>&amp;Account:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="332"/>
        <source>&amp;Numbers to move:</source>
        <translation>&amp;Номера для переноса:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="333"/>
        <source>Amount to &amp;move:</source>
        <translation>&amp;Сумма для переноса:</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="335"/>
        <source>Split</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="368"/>
        <source>Type the amount to move in roubles, e.g. 500,00.</source>
        <translation>Введите переносимую сумму в рублях, например 500,00.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="369"/>
        <source>Tick the numbers that go to the new account.</source>
        <translation>Отметьте номера, которые переходят на новый счёт.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="385"/>
        <source>A new account of {customer} gets the numbers {lines} and {moved}; the account {source} keeps {balance}. The new account has the same bill delivery and time zone.</source>
        <translation>Новый счёт клиента {customer} получит номера {lines} и {moved}; на счёте {source} останется {balance}. У нового счёта та же доставка счетов и часовой пояс.</translation>
    </message>
</context>
<context>
    <name>StartInteractionDialog</name>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="97"/>
        <source>Start an interaction</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="106"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="107"/>
        <source>Caller&apos;s &amp;number:</source>
        <translation>&amp;Номер звонящего:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="112"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="87"/>
        <source>The printer cannot be used.</source>
        <translation>Принтер недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="248"/>
        <source>Statement of account {account} for {month}</source>
        <translation>Счёт по лицевому счёту {account} за {month}</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="253"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="254"/>
        <source>Post</source>
        <translation>Письмо по почте</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="255"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="257"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="258"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="262"/>
        <source>Also save the fax &amp;image (TIFF) beside the PDF</source>
        <translation>Сохранить рядом с PDF и &amp;изображение для факса (TIFF)</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="264"/>
        <source>Gathering the records…</source>
        <translation>Собираем начисления, платежи и детализацию…</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="271"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="272"/>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="273"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="274"/>
        <source>Sen&amp;d</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="277"/>
        <source>Queue the statement in the outbox: by e-mail to the address on file, or by fax</source>
        <translation>Поставить счёт в очередь отправки: по электронной почте на адрес из договора или по факсу</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="283"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Вариант:</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="284"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="285"/>
        <source>Fax &amp;number:</source>
        <translation>&amp;Номер факса:</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="323"/>
        <source>The statement is in the outbox; it goes out in a moment.</source>
        <translation>Счёт поставлен в очередь отправки и скоро уйдёт.</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="379"/>
        <source>Choose the variant, then preview, print or save.</source>
        <translation>Выберите вариант, затем просмотрите, распечатайте или сохраните документ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/statement_dialog.py" line="415"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="420"/>
        <source>Building the statement…</source>
        <translation>Формируем документ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/statement_dialog.py" line="442"/>
        <source>Pages sent to the printer: %n</source>
        <translation>
            <numerusform>На печать отправлена %n страница</numerusform>
            <numerusform>На печать отправлены %n страницы</numerusform>
            <numerusform>На печать отправлено %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="445"/>
        <source>Printing…</source>
        <translation>Печатаем…</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="457"/>
        <source>Save the statement</source>
        <translation>Сохранить счёт</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="457"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="471"/>
        <source>Saved: {files}</source>
        <translation>Сохранено: {files}</translation>
    </message>
    <message>
        <location filename="../../ui/card/statement_dialog.py" line="474"/>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
</context>
<context>
    <name>TariffTab</name>
    <message>
        <location filename="../../ui/card/tariff.py" line="32"/>
        <source>Tariff plan</source>
        <translation>Тарифный план</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="34"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="35"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="36"/>
        <source>Monthly fee:</source>
        <translation>Абонентская плата:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="37"/>
        <source>Included:</source>
        <translation>Включено:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="38"/>
        <source>Fee for switching to it:</source>
        <translation>Плата за переход на тариф:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="39"/>
        <source>Voluntary block:</source>
        <translation>Добровольная блокировка:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="40"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="43"/>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="48"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="49"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="50"/>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="65"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="66"/>
        <source>Where</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="67"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="68"/>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="71"/>
        <source>Prices beyond the allowance</source>
        <translation>Стоимость сверх пакета</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="73"/>
        <source>&amp;Change the tariff…</source>
        <translation>&amp;Сменить тариф…</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="88"/>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="92"/>
        <source>per min</source>
        <translation>за мин</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="93"/>
        <source>per SMS</source>
        <translation>за SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="94"/>
        <source>per MMS</source>
        <translation>за MMS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/tariff.py" line="118"/>
        <source>free for %n day(s), then {fee} a day</source>
        <translation>
            <numerusform>бесплатно %n день, затем {fee} в сутки</numerusform>
            <numerusform>бесплатно %n дня, затем {fee} в сутки</numerusform>
            <numerusform>бесплатно %n дней, затем {fee} в сутки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="124"/>
        <source>Allowance used in {month}</source>
        <translation>Расход пакета за {month}</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="139"/>
        <source>{name} (from {day}: {next})</source>
        <translation>{name} (с {day}: {next})</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="95"/>
        <source>per MB</source>
        <translation>за МБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="109"/>
        <source>{minutes} min, {sms} SMS, {data}</source>
        <translation>{minutes} мин, {sms} SMS, {data}</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="126"/>
        <source>{used} of {total} min</source>
        <translation>{used} из {total} мин</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="127"/>
        <source>{used} of {total} SMS</source>
        <translation>{used} из {total} SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="128"/>
        <source>{used} of {total} MB</source>
        <translation>{used} из {total} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/tariff.py" line="130"/>
        <source>Usage beyond the allowance this month: {cost}</source>
        <translation>Расходы сверх пакета в этом месяце: {cost}</translation>
    </message>
</context>
<context>
    <name>UsageModel</name>
    <message>
        <location filename="../../ui/card/usage_model.py" line="81"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="82"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="83"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="84"/>
        <source>Direction</source>
        <translation>Вх./исх.</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="85"/>
        <source>Other party</source>
        <translation>Номер / ресурс</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="87"/>
        <source>Duration /
volume</source>
        <translation>Длит. /
объём</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="90"/>
        <source>Running
total</source>
        <translation>Нарастающий
итог</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="88"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage_model.py" line="89"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <location filename="../../ui/card/usage.py" line="82"/>
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="83"/>
        <source>Outgoing only</source>
        <translation>Только исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="84"/>
        <source>Incoming only</source>
        <translation>Только входящие</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="90"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="92"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="94"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="104"/>
        <source>The usage detail is shown once the caller is verified: calls and messages are protected by the secret of communications.</source>
        <translation>Детализация доступна после проверки абонента: звонки и сообщения составляют тайну связи.</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="131"/>
        <source>Usage detail</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <location filename="../../ui/card/usage.py" line="210"/>
        <source>Records: {count} · calls: {calls} ({duration}) · messages: {messages} · internet: {volume} · total: {cost}</source>
        <translation>Записей: {count} · звонков: {calls} ({duration}) · сообщений: {messages} · интернет: {volume} · итого: {cost}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users/dialog.py" line="256"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="264"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="265"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="266"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="267"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="268"/>
        <source>Locked until</source>
        <translation>Вход заблокирован до</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="269"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="270"/>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="279"/>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="280"/>
        <source>Change the &amp;role…</source>
        <translation>Сменить &amp;роль…</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="281"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="282"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="283"/>
        <source>&amp;Unlock</source>
        <translation>Р&amp;азблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="284"/>
        <source>Reset the &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="285"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="286"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="321"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="321"/>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="328"/>
        <source>to be changed</source>
        <translation>требуется смена</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="400"/>
        <source>User {login} created ({role}); they change the password at the first login.</source>
        <translation>Пользователь {login} создан ({role}); при первом входе он сменит пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="408"/>
        <source>{login} is now: {role}.</source>
        <translation>Новая роль пользователя {login}: {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="416"/>
        <source>The password of {login} is reset; they change it at the next login.</source>
        <translation>Пароль пользователя {login} сброшен; при следующем входе он сменит его.</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="420"/>
        <source>{login} is deactivated: they cannot log in.</source>
        <translation>Пользователь {login} отключён: войти он не сможет.</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="423"/>
        <source>{login} is active again.</source>
        <translation>Пользователь {login} снова активен.</translation>
    </message>
    <message>
        <location filename="../../ui/users/dialog.py" line="426"/>
        <source>{login} is unlocked.</source>
        <translation>Вход пользователя {login} разблокирован.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="145"/>
        <source>Verify the caller</source>
        <translation>Проверка абонента</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="150"/>
        <source>&amp;Code word</source>
        <translation>&amp;Кодовое слово</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="150"/>
        <source>as the caller says it</source>
        <translation>как его называет абонент</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="151"/>
        <source>&amp;Passport</source>
        <translation>&amp;Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="151"/>
        <source>series and number: 4510 123456</source>
        <translation>серия и номер: 4510 123456</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="153"/>
        <source>&amp;Last payment</source>
        <translation>Последний п&amp;латёж</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="154"/>
        <source>amount and date: 750,00 20.11.2026</source>
        <translation>сумма и дата: 750,00 20.11.2026</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="168"/>
        <source>Subscriber: {name}, {number}</source>
        <translation>Абонент: {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="178"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="208"/>
        <source>The answer is wrong. Verification of this line is now locked: a supervisor must unlock it.</source>
        <translation>Ответ неверный. Проверка по этому номеру заблокирована: разблокировать её может супервайзер.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interaction/dialogs.py" line="214"/>
        <source>The answer is wrong. Attempts left: %n</source>
        <translation>
            <numerusform>Ответ неверный. Осталась %n попытка</numerusform>
            <numerusform>Ответ неверный. Осталось %n попытки</numerusform>
            <numerusform>Ответ неверный. Осталось %n попыток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoluntaryBlockDialog</name>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="69"/>
        <source>Voluntary block</source>
        <translation>Добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="72"/>
        <source>&amp;Until the subscriber asks to lift it</source>
        <translation>&amp;Пока абонент не попросит снять</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="75"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="76"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="82"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/card/line_dialogs.py" line="94"/>
        <source>The block is free.</source>
        <translation>Блокировка бесплатна.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/card/line_dialogs.py" line="97"/>
        <source>Free for %n day(s), then {fee} a day, charged when the block ends.</source>
        <translation>
            <numerusform>Бесплатно %n день, затем {fee} в сутки; списывается при снятии блокировки.</numerusform>
            <numerusform>Бесплатно %n дня, затем {fee} в сутки; списывается при снятии блокировки.</numerusform>
            <numerusform>Бесплатно %n дней, затем {fee} в сутки; списывается при снятии блокировки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="226"/>
        <source>Wrap up the interaction</source>
        <translation>Завершение обращения</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="239"/>
        <source>What the subscriber asked and what was done</source>
        <translation>Что просил абонент и что сделано</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="245"/>
        <source>Call &amp;back at:</source>
        <translation>&amp;Перезвонить:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="248"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="250"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="251"/>
        <source>&amp;Reasons (one or more):</source>
        <translation>П&amp;ричины обращения (одна или несколько):</translation>
    </message>
    <message>
        <location filename="../../ui/interaction/dialogs.py" line="262"/>
        <source>Close the interaction</source>
        <translation>Завершить обращение</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="154"/>
        <source>Sent to a supervisor</source>
        <translation>Отправлено супервизору</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="156"/>
        <source>Request {number} is waiting for a supervisor&apos;s approval; it will be done as soon as it is approved.</source>
        <translation>Запрос {number} ждёт одобрения супервизора; операция будет выполнена сразу после одобрения.</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="187"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>_ChangeDialog</name>
    <message>
        <location filename="../../ui/card/actions.py" line="111"/>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/card/actions.py" line="112"/>
        <source>&amp;From</source>
        <translation>&amp;С даты</translation>
    </message>
</context>
<context>
    <name>_CustomerAccountsDialog</name>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="229"/>
        <source>{number} — {balance}, {lines} number(s)</source>
        <translation>{number} — {balance}, номеров: {lines}</translation>
    </message>
    <message>
        <location filename="../../ui/card/accounts_dialogs.py" line="241"/>
        <source>Ask a supervisor</source>
        <translation>Запросить супервизора</translation>
    </message>
</context>
<context>
    <name>_UserChangeDialog</name>
    <message>
        <location filename="../../ui/users/dialog.py" line="94"/>
        <source>Type the same password in both fields.</source>
        <translation>Введите один и тот же пароль в оба поля.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../workstation/auth.py" line="62"/>
        <location filename="../../workstation/auth.py" line="102"/>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <location filename="../../workstation/auth.py" line="75"/>
        <source>Too many failed attempts: the login is locked for {minutes} more min.</source>
        <translation>Слишком много неудачных попыток входа: вход заблокирован ещё на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../workstation/auth.py" line="97"/>
        <source>Too many failed attempts: the login is locked for {minutes} min.</source>
        <translation>Слишком много неудачных попыток входа: вход заблокирован на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../workstation/auth.py" line="147"/>
        <source>Your password was set by an administrator: choose a new one to log in.</source>
        <translation>Ваш пароль задан администратором: чтобы войти, придумайте новый.</translation>
    </message>
    <message>
        <location filename="../../workstation/auth.py" line="176"/>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <location filename="../../workstation/card/header.py" line="72"/>
        <location filename="../../workstation/delivery/email_operations.py" line="225"/>
        <location filename="../../workstation/operations/accounts.py" line="278"/>
        <location filename="../../workstation/operations/context.py" line="20"/>
        <location filename="../../workstation/operations/interactions.py" line="128"/>
        <location filename="../../workstation/operations/lines.py" line="92"/>
        <location filename="../../workstation/operations/money.py" line="424"/>
        <location filename="../../workstation/operations/services.py" line="101"/>
        <location filename="../../workstation/operations/tariffs.py" line="160"/>
        <location filename="../../workstation/operations/verification.py" line="68"/>
        <source>Line {line} not found</source>
        <translation>Абонентский номер (ID {line}) не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/card/profile.py" line="124"/>
        <source>Customer {customer} not found</source>
        <translation>Абонент (ID {customer}) не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/context.py" line="25"/>
        <source>The line is closed: nothing can be changed on it.</source>
        <translation>Номер закрыт: изменения по нему невозможны.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="134"/>
        <location filename="../../workstation/operations/context.py" line="36"/>
        <location filename="../../workstation/operations/money.py" line="97"/>
        <source>Personal account {account} not found</source>
        <translation>Лицевой счёт (ID {account}) не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="107"/>
        <source>The personal account {account} is closed.</source>
        <translation>Лицевой счёт {account} закрыт.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="142"/>
        <source>The accounts {source} and {target} belong to different customers: only accounts of one customer can be merged.</source>
        <translation>Счета {source} и {target} принадлежат разным клиентам: объединять можно только счета одного клиента.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="156"/>
        <source>An account cannot be merged into itself.</source>
        <translation>Счёт нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="273"/>
        <source>Choose the lines that go to the new account.</source>
        <translation>Выберите номера, которые переходят на новый счёт.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="282"/>
        <source>The number {msisdn} is not on the account {account}.</source>
        <translation>Номер {msisdn} не относится к счёту {account}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="288"/>
        <source>The number {msisdn} is closed: only open lines move to a new account.</source>
        <translation>Номер {msisdn} закрыт: на новый счёт переходят только действующие номера.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="306"/>
        <source>Every line of the account {account} would move: at least one must stay (to move them all, merge the accounts instead).</source>
        <translation>Со счёта {account} ушли бы все номера: хотя бы один должен остаться (чтобы перенести все, объедините счета).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="82"/>
        <source>{amount} is not an amount in roubles and kopecks.</source>
        <translation>{amount} — не сумма в рублях и копейках.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="147"/>
        <source>An adjustment needs an amount other than zero.</source>
        <translation>Для корректировки нужна ненулевая сумма.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="151"/>
        <source>An adjustment of {amount} is over the supervisors&apos; cap of {cap}: it cannot be made.</source>
        <translation>Корректировка на {amount} больше лимита супервизора {cap}: её нельзя провести.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="187"/>
        <source>An adjustment of {amount} is over your cap of {cap}: ask a supervisor to approve it.</source>
        <translation>Корректировка на {amount} больше вашего лимита {cap}: запросите одобрение супервизора.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="196"/>
        <source>Write why the balance is adjusted.</source>
        <translation>Напишите, почему корректируется баланс.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="201"/>
        <source>Unknown reason {code}: use one of {codes}.</source>
        <translation>Неизвестная причина {code}: выберите одну из: {codes}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="282"/>
        <source>A promised payment must be more than zero and at most {limit}.</source>
        <translation>Обещанный платёж должен быть больше нуля и не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="295"/>
        <source>A promised payment was already given on this account this month ({day}): one a calendar month.</source>
        <translation>Обещанный платёж по этому счёту в этом месяце уже предоставлялся ({day}): не чаще раза в календарный месяц.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="309"/>
        <source>The previous promised payment is still open until {day}.</source>
        <translation>Предыдущий обещанный платёж действует до {day}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="445"/>
        <source>The line is not blocked for debt ({status}).</source>
        <translation>Номер не заблокирован за неуплату ({status}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/money.py" line="451"/>
        <source>Not enough money to reactivate the line: {missing} is missing (balance {balance}, credit limit {limit}).</source>
        <translation>Недостаточно средств для разблокировки: не хватает {missing} (баланс {balance}, кредитный лимит {limit}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="315"/>
        <source>The amount to move cannot be negative.</source>
        <translation>Переносимая сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="318"/>
        <source>Moving {amount} would leave the account {account} with a negative balance ({balance}); at most {available} can move.</source>
        <translation>После переноса {amount} баланс счёта {account} стал бы отрицательным ({balance}); перенести можно не больше {available}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/accounts.py" line="402"/>
        <source>No free personal account number could be taken; try again in a moment.</source>
        <translation>Не удалось занять свободный номер лицевого счёта; повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../workstation/callbacks.py" line="157"/>
        <location filename="../../workstation/operations/framework.py" line="133"/>
        <source>Your role ({role}) does not allow this operation: {roles}.</source>
        <translation>Ваша роль ({role}) не позволяет выполнить эту операцию. Нужна роль: {roles}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="150"/>
        <source>An administrator has deactivated your account or changed its role. Log in again.</source>
        <translation>Администратор отключил вашу учётную запись или изменил её роль. Войдите заново.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="216"/>
        <source>Someone else saved a change to this subscriber a moment ago. Nothing was saved; the card has been reloaded.</source>
        <translation>Другой пользователь только что сохранил изменения по этому абоненту. Ваши изменения не сохранены; карточка обновлена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="227"/>
        <source>Start an interaction with the caller first.</source>
        <translation>Сначала зарегистрируйте обращение.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="231"/>
        <source>The interaction is not yours.</source>
        <translation>Это обращение ведёт другой оператор.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="234"/>
        <source>The interaction is closed; start a new one.</source>
        <translation>Обращение закрыто; зарегистрируйте новое.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="254"/>
        <source>No such line or account.</source>
        <translation>Такой номер или лицевой счёт не найден.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="271"/>
        <source>This operation needs the caller verified by {methods}; verify again by one of them.</source>
        <translation>Для этой операции абонент должен быть проверен так: {methods}. Проверьте его ещё раз одним из этих способов.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="280"/>
        <source>Verify the caller first: this operation needs the subscriber&apos;s identity confirmed.</source>
        <translation>Сначала проверьте абонента: для этой операции нужно подтвердить его личность.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/framework.py" line="302"/>
        <source>{who} changed this subscriber at {when}. Nothing was saved; the card has been reloaded — check it and try again.</source>
        <translation>Данные абонента изменил другой пользователь ({who}, {when}). Ничего не сохранено; карточка обновлена — проверьте данные и повторите действие.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="90"/>
        <source>E-mail {id} not found</source>
        <translation>Письмо {id} не найдено</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="101"/>
        <source>{who} took this e-mail at {when}.</source>
        <translation>Это письмо взял(а) {who} в {when}.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="111"/>
        <source>Take the e-mail first: it is not in your interaction.</source>
        <translation>Сначала возьмите письмо: его нет в вашем обращении.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="124"/>
        <location filename="../../workstation/delivery/email_operations.py" line="194"/>
        <source>This e-mail has been dealt with already: {status}.</source>
        <translation>С этим письмом уже работали: {status}.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="134"/>
        <location filename="../../workstation/operations/interactions.py" line="84"/>
        <source>Interaction {id} is still open: wrap it up before starting another.</source>
        <translation>Обращение № {id} ещё не завершено: завершите его, прежде чем начинать новое.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="188"/>
        <source>Say why the e-mail is set aside.</source>
        <translation>Укажите, почему письмо откладывается.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="238"/>
        <source>The e-mail is not from an address on file for this subscriber: it cannot verify them. Ask them to write from the address they gave us, or to call.</source>
        <translation>Письмо пришло не с адреса, указанного у этого абонента: по нему нельзя подтвердить личность. Попросите написать с адреса, который абонент сообщил нам, или позвонить.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="251"/>
        <source>Copy the code word exactly as the letter gives it; it is not in the letter.</source>
        <translation>Перепишите кодовое слово точно как в письме: в письме его нет.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="308"/>
        <source>Write the reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="311"/>
        <source>The reply is too long: at most {limit} characters.</source>
        <translation>Ответ слишком длинный: не более {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="318"/>
        <source>The letter has no sender address a reply could go to; call the subscriber.</source>
        <translation>У письма нет адреса отправителя, на который можно ответить; позвоните абоненту.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="102"/>
        <source>The note is too long: at most {limit} characters.</source>
        <translation>Комментарий слишком длинный: не более {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="121"/>
        <source>Callback {id} not found</source>
        <translation>Заявка на обратный звонок {id} не найдена</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="124"/>
        <source>This callback is closed already: {status}.</source>
        <translation>Эта заявка уже закрыта: {status}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="136"/>
        <source>Someone else changed this callback a moment ago. Nothing was saved; the queue has been reloaded.</source>
        <translation>Эту заявку только что изменил другой оператор. Ничего не сохранено; очередь обновлена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="151"/>
        <source>{who} took this callback at {when}.</source>
        <translation>Заявку взял(а) {who} в {when}.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="58"/>
        <source>Message {id} not found</source>
        <translation>Сообщение {id} не найдено</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="60"/>
        <source>The message has been sent already.</source>
        <translation>Сообщение уже отправлено.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="65"/>
        <source>The message is being sent right now; it cannot be changed.</source>
        <translation>Сообщение отправляется прямо сейчас; изменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="93"/>
        <source>The message is cancelled already.</source>
        <translation>Сообщение уже отменено.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="129"/>
        <location filename="../../workstation/delivery/outbox_operations.py" line="298"/>
        <source>A statement is sent by e-mail or by fax; a letter by post is printed.</source>
        <translation>Счёт отправляется по почте или по факсу; бумажное письмо печатается.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="151"/>
        <location filename="../../workstation/operations/callbacks.py" line="176"/>
        <location filename="../../workstation/operations/interactions.py" line="94"/>
        <location filename="../../workstation/operations/numbers.py" line="119"/>
        <location filename="../../workstation/operations/personal.py" line="93"/>
        <source>{caller} is not a phone number.</source>
        <translation>«{caller}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="341"/>
        <source>Account {account} has no e-mail address: type the address to send to.</source>
        <translation>У лицевого счёта {account} нет адреса электронной почты: укажите адрес для отправки.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="283"/>
        <source>Account {account} has no e-mail address for bills: cannot send</source>
        <translation>У лицевого счёта {account} нет адреса электронной почты для счетов: отправить нельзя</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="179"/>
        <source>The priority must be from {low} to {high}.</source>
        <translation>Приоритет должен быть от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="220"/>
        <source>You have taken this callback already.</source>
        <translation>Вы уже взяли эту заявку.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="252"/>
        <source>Take the callback first.</source>
        <translation>Сначала возьмите заявку.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="256"/>
        <source>An answered callback needs no further attempt.</source>
        <translation>Абонент уже ответил: повторный звонок не нужен.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="328"/>
        <source>The callback is not taken by anyone.</source>
        <translation>Заявку никто не взял.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="347"/>
        <source>Say why the callback is cancelled.</source>
        <translation>Укажите, почему заявка отменяется.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="158"/>
        <source>Choose at least one reason from the list to wrap up.</source>
        <translation>Чтобы завершить обращение, выберите хотя бы одну тему из списка.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="161"/>
        <source>Write a note on what was done to wrap up.</source>
        <translation>Чтобы завершить обращение, опишите в комментарии, что было сделано.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="168"/>
        <source>A callback needs the caller&apos;s number or a subscriber.</source>
        <translation>Для обратного звонка нужен номер звонившего или абонент.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/callbacks.py" line="94"/>
        <location filename="../../workstation/operations/interactions.py" line="172"/>
        <source>The callback time is in the past.</source>
        <translation>Время обратного звонка уже прошло.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="66"/>
        <source>Unknown service {code}.</source>
        <translation>Неизвестная услуга: {code}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="113"/>
        <source>The line is not active ({status}): it cannot be blocked.</source>
        <translation>Номер не активен ({status}): заблокировать его нельзя.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="118"/>
        <source>A block from {day} is already arranged; cancel it first.</source>
        <translation>Блокировка с {day} уже назначена; сначала отмените её.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="122"/>
        <location filename="../../workstation/operations/services.py" line="91"/>
        <source>The date {day} is in the past.</source>
        <translation>Дата {day} уже прошла.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="125"/>
        <source>The block ends ({end}) before it starts ({start}).</source>
        <translation>Блокировка заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="157"/>
        <source>The line has no voluntary block to lift ({status}).</source>
        <translation>У номера нет добровольной блокировки, которую можно снять ({status}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="183"/>
        <source>The SIM is already blocked as lost.</source>
        <translation>SIM-карта уже заблокирована как утерянная.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="235"/>
        <source>{iccid} is not a valid ICCID (check the digits).</source>
        <translation>{iccid} — неверный ICCID (проверьте цифры).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="240"/>
        <source>The SIM {iccid} is already issued.</source>
        <translation>SIM-карта {iccid} уже выдана.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/lines.py" line="335"/>
        <source>The line has no active SIM.</source>
        <translation>У номера нет действующей SIM-карты.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="113"/>
        <source>The service «{service}» is no longer offered.</source>
        <translation>Услуга «{service}» больше не предоставляется.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="118"/>
        <source>The service «{service}» is not available on the tariff «{tariff}».</source>
        <translation>Услуга «{service}» недоступна на тарифе «{tariff}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="127"/>
        <source>The service «{service}» is already on.</source>
        <translation>Услуга «{service}» уже подключена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="164"/>
        <source>«{service}» cannot be combined with «{other}», which is on. Replace it in the same step, or switch it off first.</source>
        <translation>Услугу «{service}» нельзя подключить вместе с уже подключённой услугой «{other}». Замените её одним действием или сначала отключите.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/services.py" line="240"/>
        <source>The service «{service}» is not on.</source>
        <translation>Услуга «{service}» не подключена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="216"/>
        <source>Unknown tariff {code}.</source>
        <translation>Неизвестный тариф: {code}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="220"/>
        <source>The line is already on the tariff «{tariff}».</source>
        <translation>Номер уже обслуживается на тарифе «{tariff}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="225"/>
        <source>The tariff «{tariff}» is archived and cannot be chosen.</source>
        <translation>Тариф «{tariff}» архивный, перейти на него нельзя.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/tariffs.py" line="231"/>
        <source>The tariff «{tariff}» is not for this kind of customer.</source>
        <translation>Тариф «{tariff}» недоступен для этого типа клиента.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="228"/>
        <location filename="../../workstation/operations/verification.py" line="72"/>
        <source>Verification of this line is locked after repeated failures: a supervisor must unlock it.</source>
        <translation>Проверка абонента по этому номеру заблокирована после нескольких неудачных попыток: снять блокировку может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="156"/>
        <source>Type what the caller said.</source>
        <translation>Введите ответ абонента.</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/email_operations.py" line="246"/>
        <location filename="../../workstation/operations/verification.py" line="160"/>
        <source>The customer has no code word: use another method.</source>
        <translation>У абонента не задано кодовое слово: выберите другой способ проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="165"/>
        <source>No passport on file: use another method.</source>
        <translation>Паспортные данные не указаны: выберите другой способ проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="175"/>
        <source>Give the amount and the date of the last payment.</source>
        <translation>Укажите сумму и дату последнего платежа.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="182"/>
        <source>{amount} is not an amount of money.</source>
        <translation>Не удалось распознать сумму: «{amount}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="189"/>
        <source>{day} is not a date.</source>
        <translation>Не удалось распознать дату: «{day}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="202"/>
        <source>The account has no payments: use another method.</source>
        <translation>По лицевому счёту нет платежей: выберите другой способ проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/verification.py" line="213"/>
        <source>Verification of this line is not locked.</source>
        <translation>Проверка абонента по этому номеру не заблокирована.</translation>
    </message>
    <message>
        <location filename="../../workstation/search.py" line="112"/>
        <source>Type a number, a name, an account, a contract or an ICCID</source>
        <translation>Введите номер, ФИО, лицевой счёт, договор или ICCID</translation>
    </message>
    <message>
        <location filename="../../workstation/search.py" line="119"/>
        <source>Type at least {count} letters of the name</source>
        <translation>Введите не менее {count} букв имени</translation>
    </message>
    <message>
        <location filename="../../workstation/search.py" line="127"/>
        <source>Type at least {count} digits</source>
        <translation>Введите не менее {count} цифр</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="121"/>
        <source>Cannot create the directory {folder}: {reason}</source>
        <translation>Не удалось создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="127"/>
        <source>Cannot create the database {path}: the directory is read-only</source>
        <translation>Не удалось создать базу данных {path}: папка доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="134"/>
        <source>Cannot write to the database {path}: the file is read-only</source>
        <translation>Нет записи в базу данных {path}: файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../workstation/db.py" line="199"/>
        <location filename="../../workstation/db.py" line="206"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Не удалось открыть базу данных {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="138"/>
        <location filename="../../workstation/statements/gather.py" line="80"/>
        <location filename="../../workstation/statements/gather.py" line="144"/>
        <source>No personal account {account}</source>
        <translation>Лицевой счёт {account} не найден</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/gather.py" line="94"/>
        <source>No line has the number {msisdn}</source>
        <translation>Нет абонента с номером {msisdn}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="123"/>
        <location filename="../../workstation/statements/gather.py" line="151"/>
        <source>The month {month} has not begun yet</source>
        <translation>Месяц {month} ещё не начался</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="128"/>
        <source>No account was charged for {month}</source>
        <translation>Ни по одному лицевому счёту нет начислений за {month}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="243"/>
        <location filename="../../workstation/statements/document.py" line="196"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/batch.py" line="251"/>
        <source>{path} holds statements for {other}; choose another directory</source>
        <translation>В {path} уже лежат счета за {other}; выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/gather.py" line="159"/>
        <source>Account {account} has no charges, payments or usage in {month}</source>
        <translation>По лицевому счёту {account} за {month} нет ни начислений, ни платежей, ни расхода</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/document.py" line="94"/>
        <source>Account {account} has no postal address for bills: cannot send by post</source>
        <translation>У лицевого счёта {account} нет почтового адреса для счетов: отправить почтой нельзя</translation>
    </message>
    <message>
        <location filename="../../workstation/delivery/outbox_operations.py" line="293"/>
        <location filename="../../workstation/statements/document.py" line="104"/>
        <source>No fax number to send the statement of {account} to</source>
        <translation>Нет номера факса для отправки счёта по лицевому счёту {account}</translation>
    </message>
    <message>
        <location filename="../../workstation/statements/document.py" line="132"/>
        <location filename="../../workstation/statements/gather.py" line="197"/>
        <source>The statement of account {account} cannot be made: {reason}</source>
        <translation>Не удалось сформировать счёт по лицевому счёту {account}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/numbers.py" line="94"/>
        <source>A pattern has the ten digits after +7, with * for any digit.</source>
        <translation>Шаблон — это десять цифр после +7, где * означает любую цифру.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/numbers.py" line="124"/>
        <source>The number {number} is not in the pool of free numbers.</source>
        <translation>Номера {number} нет среди свободных номеров.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/numbers.py" line="133"/>
        <source>The number {number} is in quarantine until {day}.</source>
        <translation>Номер {number} на карантине до {day}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="56"/>
        <source>The value of «{field}» is not valid.</source>
        <translation>Недопустимое значение поля «{field}».</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="63"/>
        <source>«{value}» is not a name: letters, hyphens and spaces only.</source>
        <translation>«{value}» не похоже на имя: допустимы только буквы, дефис и пробел.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="75"/>
        <source>A postcode has six digits; «{value}» does not.</source>
        <translation>Почтовый индекс состоит из шести цифр, а «{value}» — нет.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="85"/>
        <source>«{value}» is not an e-mail address.</source>
        <translation>«{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="176"/>
        <source>A passport series has four digits.</source>
        <translation>Серия паспорта состоит из четырёх цифр.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="181"/>
        <source>A passport number has six digits.</source>
        <translation>Номер паспорта состоит из шести цифр.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="185"/>
        <source>A division code looks like 770-001.</source>
        <translation>Код подразделения выглядит так: 770-001.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="234"/>
        <location filename="../../workstation/operations/personal.py" line="238"/>
        <location filename="../../workstation/operations/personal.py" line="282"/>
        <source>Nothing to change.</source>
        <translation>Изменять нечего.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/personal.py" line="271"/>
        <source>A postal address needs the {field}.</source>
        <translation>В почтовом адресе не хватает поля {field}.</translation>
    </message>
    <message>
        <location filename="../../workstation/card/explain.py" line="178"/>
        <source>Charge {charge} not found.</source>
        <translation>Начисление {charge} не найдено.</translation>
    </message>
    <message>
        <location filename="../../workstation/card/explain.py" line="323"/>
        <source>Charge {charge} is not a usage charge of this line.</source>
        <translation>Начисление {charge} — не начисление за расход по этому номеру.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="43"/>
        <source>The article needs a title.</source>
        <translation>У статьи должен быть заголовок.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="46"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>Заголовок длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="50"/>
        <source>The article needs a text.</source>
        <translation>У статьи должен быть текст.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="72"/>
        <source>Reference article {article} not found.</source>
        <translation>Статья справочника {article} не найдена.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="78"/>
        <source>{who} changed this article at {when}. Nothing was saved; the article has been reloaded — check it and edit again.</source>
        <translation>{who} изменил(а) эту статью {when}. Ничего не сохранено; статья загружена заново — проверьте её и внесите правку ещё раз.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="94"/>
        <source>Nothing to save: the title and text are unchanged.</source>
        <translation>Сохранять нечего: заголовок и текст не изменились.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="124"/>
        <source>Articles about tariffs and services are made from the catalogue; edit the one there is.</source>
        <translation>Статьи о тарифах и услугах создаются по каталогу; измените существующую.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="140"/>
        <source>The code {code} may hold only Latin letters, digits and _ (up to 40).</source>
        <translation>Код {code} может содержать только латинские буквы, цифры и _ (до 40 символов).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/reference.py" line="147"/>
        <source>An article with the code {code} already exists.</source>
        <translation>Статья с кодом {code} уже есть.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="98"/>
        <source>The operation {operation} cannot be asked for approval.</source>
        <translation>Для операции {operation} нельзя запросить одобрение.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="106"/>
        <source>The value {value} of «{name}» is not valid.</source>
        <translation>Значение {value} параметра «{name}» недопустимо.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="164"/>
        <source>The operation {operation} takes no argument {name}.</source>
        <translation>У операции {operation} нет параметра {name}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="171"/>
        <source>The operation {operation} needs {name}.</source>
        <translation>Операции {operation} нужны параметры: {name}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="224"/>
        <source>The same request is already waiting for a supervisor (number {id}).</source>
        <translation>Такой же запрос уже ждёт супервизора (номер {id}).</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="260"/>
        <source>Approval request {id} not found.</source>
        <translation>Запрос на одобрение {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="265"/>
        <source>Request {id} has already been decided by {who}: {status}.</source>
        <translation>По запросу {id} уже принято решение ({who}): {status}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="282"/>
        <source>A request cannot be approved by its author.</source>
        <translation>Автор запроса не может сам его одобрить.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/approvals.py" line="309"/>
        <source>Say why the request is rejected.</source>
        <translation>Укажите, почему запрос отклонён.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="74"/>
        <source>Only an administrator manages the users.</source>
        <translation>Пользователями управляет только администратор.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="97"/>
        <source>Your account is no longer an active administrator: log in again.</source>
        <translation>Ваша учётная запись больше не действующий администратор: войдите заново.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="108"/>
        <source>No user with the login {login}.</source>
        <translation>Пользователя с логином {login} нет.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="116"/>
        <source>{login} is the last active administrator: make another user an administrator first.</source>
        <translation>{login} — последний действующий администратор: сначала назначьте администратором другого пользователя.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="160"/>
        <source>{login} already has the role {role}.</source>
        <translation>У пользователя {login} уже роль {role}.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="175"/>
        <source>{login} is already deactivated.</source>
        <translation>Пользователь {login} уже отключён.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="185"/>
        <source>{login} is already active.</source>
        <translation>Пользователь {login} уже активен.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="194"/>
        <source>{login} is not locked.</source>
        <translation>Вход пользователя {login} не заблокирован.</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/users.py" line="329"/>
        <source>An active administrator exists: only an administrator may do this.</source>
        <translation>Действующий администратор уже есть: это может сделать только администратор.</translation>
    </message>
    <message>
        <location filename="../../workstation/users.py" line="31"/>
        <source>Invalid login {login}: 2–40 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Недопустимый логин {login}: нужно от 2 до 40 латинских букв, цифр, «.», «_» или «-», первым — буква.</translation>
    </message>
    <message>
        <location filename="../../workstation/users.py" line="44"/>
        <source>The user&apos;s name is empty.</source>
        <translation>ФИО пользователя не заполнено.</translation>
    </message>
    <message>
        <location filename="../../workstation/users.py" line="47"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>ФИО длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/users.py" line="57"/>
        <source>The password is shorter than {limit} characters.</source>
        <translation>Пароль короче {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/users.py" line="62"/>
        <source>The password is longer than {limit} characters.</source>
        <translation>Пароль длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/users.py" line="82"/>
        <source>A user with the login {login} already exists.</source>
        <translation>Пользователь с логином {login} уже есть.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/misc/labels.py" line="46"/>
        <location filename="../../ui/misc/labels.py" line="60"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="47"/>
        <source>Voluntary block</source>
        <translation>Добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="48"/>
        <source>Blocked for debt</source>
        <translation>Блокировка за неуплату</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="49"/>
        <source>Lost SIM block</source>
        <translation>Блокировка (утеря SIM)</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="50"/>
        <location filename="../../ui/misc/labels.py" line="61"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="51"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="52"/>
        <source>end of number</source>
        <translation>окончание номера</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="53"/>
        <source>former owner of the number</source>
        <translation>прежний владелец номера</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="54"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="55"/>
        <source>account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="56"/>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="57"/>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="58"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="59"/>
        <source>Business customer</source>
        <translation>Юридическое лицо / ИП</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="62"/>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="63"/>
        <source>supervisor</source>
        <translation>супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="64"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="65"/>
        <source>By post</source>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="66"/>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="67"/>
        <source>By fax</source>
        <translation>По факсу</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="68"/>
        <source>Not sent</source>
        <translation>Не отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="69"/>
        <source>Subscription fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="70"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="71"/>
        <location filename="../../ui/misc/labels.py" line="86"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="72"/>
        <source>SMS and MMS</source>
        <translation>SMS и MMS</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="73"/>
        <source>Mobile internet</source>
        <translation>Мобильный интернет</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="74"/>
        <location filename="../../ui/misc/labels.py" line="89"/>
        <location filename="../../ui/misc/labels.py" line="108"/>
        <source>Roaming</source>
        <translation>Роуминг</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="75"/>
        <source>One-off</source>
        <translation>Разовые списания</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="76"/>
        <source>Adjustments</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="77"/>
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="78"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="79"/>
        <source>Cash in a shop</source>
        <translation>Наличные в салоне</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="80"/>
        <source>Payment terminal</source>
        <translation>Терминал оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="81"/>
        <source>Promised payment</source>
        <translation>Обещанный платёж</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="82"/>
        <source>Tariff plan</source>
        <translation>Тарифный план</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="83"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="84"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="85"/>
        <source>Standard answer</source>
        <translation>Типовой ответ</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="87"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="88"/>
        <location filename="../../ui/misc/labels.py" line="102"/>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="90"/>
        <source>Entertainment</source>
        <translation>Развлечения</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="91"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="92"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="93"/>
        <source>For business</source>
        <translation>Для бизнеса</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="94"/>
        <source>no fee</source>
        <translation>без абонентской платы</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="95"/>
        <source>per month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="96"/>
        <source>per day</source>
        <translation>в сутки</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="97"/>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="98"/>
        <source>Archived</source>
        <translation>Архивный</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="99"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="100"/>
        <location filename="../../ui/misc/labels.py" line="141"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="101"/>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="103"/>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="104"/>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="105"/>
        <source>Home region</source>
        <translation>Домашний регион</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="106"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="107"/>
        <source>International</source>
        <translation>Международная</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="109"/>
        <source>0890</source>
        <translation>0890</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="110"/>
        <source>+7 495 766-01-66 (roaming)</source>
        <translation>+7 495 766-01-66 (роуминг)</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="111"/>
        <source>8 800 250-0890</source>
        <translation>8 800 250-0890</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="112"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="113"/>
        <location filename="../../ui/misc/labels.py" line="140"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="114"/>
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="115"/>
        <source>code word</source>
        <translation>кодовое слово</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="116"/>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="117"/>
        <source>last payment</source>
        <translation>последний платёж</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="118"/>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="119"/>
        <source>Callback needed</source>
        <translation>Нужен перезвон</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="120"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="121"/>
        <source>Information given</source>
        <translation>Дана консультация</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="122"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="123"/>
        <location filename="../../ui/misc/labels.py" line="149"/>
        <source>Taken</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="124"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="125"/>
        <location filename="../../ui/misc/labels.py" line="147"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="126"/>
        <location filename="../../ui/misc/labels.py" line="150"/>
        <source>Answered</source>
        <translation>Ответил</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="127"/>
        <source>No answer</source>
        <translation>Не ответил</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="128"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="129"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="130"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="131"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="132"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="133"/>
        <source>Billing error</source>
        <translation>Ошибка начисления</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="134"/>
        <source>Goodwill</source>
        <translation>Жест доброй воли</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="135"/>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="136"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="137"/>
        <source>Waiting for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="138"/>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="139"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="142"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="143"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="144"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="145"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="146"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="148"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="151"/>
        <source>Set aside</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="152"/>
        <source>no text</source>
        <translation>нет текста</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="153"/>
        <source>unknown encoding</source>
        <translation>неизвестная кодировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="154"/>
        <source>no sender address</source>
        <translation>нет адреса отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="155"/>
        <source>by address</source>
        <translation>по адресу</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="156"/>
        <source>by account number</source>
        <translation>по номеру счёта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="157"/>
        <source>by phone number</source>
        <translation>по номеру телефона</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="158"/>
        <source>by the conversation</source>
        <translation>по переписке</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/misc/labels.py" line="189"/>
        <source>interaction started</source>
        <translation>обращение начато</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="190"/>
        <source>card opened</source>
        <translation>открыта карточка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="191"/>
        <source>interaction closed</source>
        <translation>обращение завершено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="192"/>
        <source>caller verification</source>
        <translation>проверка абонента</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="193"/>
        <source>verification unlocked</source>
        <translation>проверка разблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="194"/>
        <source>service switched on</source>
        <translation>подключена услуга</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="195"/>
        <source>service switched off</source>
        <translation>отключена услуга</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="196"/>
        <source>tariff changed</source>
        <translation>сменён тариф</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="197"/>
        <source>personal data viewed</source>
        <translation>просмотр персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="198"/>
        <source>usage detail viewed</source>
        <translation>просмотр детализации</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="199"/>
        <source>statement made</source>
        <translation>сформирован счёт</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="200"/>
        <source>records of a charge viewed</source>
        <translation>просмотр записей начисления</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="201"/>
        <source>voluntary block</source>
        <translation>добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="202"/>
        <source>voluntary block lifted</source>
        <translation>снята добровольная блокировка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="203"/>
        <source>blocked: SIM lost</source>
        <translation>блокировка: утеря SIM</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="204"/>
        <source>SIM replaced</source>
        <translation>замена SIM-карты</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="205"/>
        <source>PIN and PUK given</source>
        <translation>сообщены PIN и PUK</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="206"/>
        <source>number changed</source>
        <translation>смена номера</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="207"/>
        <source>personal data changed</source>
        <translation>изменены персональные данные</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="208"/>
        <source>bill delivery changed</source>
        <translation>изменена доставка счёта</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="209"/>
        <source>self-care password reset</source>
        <translation>сброшен пароль личного кабинета</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="210"/>
        <source>callback requested</source>
        <translation>заявка на обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="211"/>
        <source>callback taken</source>
        <translation>обратный звонок взят в работу</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="212"/>
        <source>callback made</source>
        <translation>результат обратного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="213"/>
        <source>callback rescheduled</source>
        <translation>обратный звонок перенесён</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="214"/>
        <source>callback returned to the queue</source>
        <translation>обратный звонок возвращён в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="215"/>
        <source>callback cancelled</source>
        <translation>обратный звонок отменён</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="216"/>
        <source>reference article edited</source>
        <translation>статья справочника изменена</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="217"/>
        <source>reference article added</source>
        <translation>статья справочника добавлена</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="218"/>
        <source>accounts merged</source>
        <translation>счета объединены</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="219"/>
        <source>account split</source>
        <translation>счёт разделён</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="220"/>
        <source>balance adjusted</source>
        <translation>корректировка баланса</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="221"/>
        <source>promised payment given</source>
        <translation>обещанный платёж предоставлен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="222"/>
        <source>reactivated after debt</source>
        <translation>разблокировка после долга</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="223"/>
        <source>supervisor&apos;s approval requested</source>
        <translation>запрошено одобрение супервизора</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="224"/>
        <source>request approved</source>
        <translation>запрос одобрен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="225"/>
        <source>request rejected</source>
        <translation>запрос отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="226"/>
        <source>blocked for debt</source>
        <translation>блокировка за неуплату</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="227"/>
        <source>promised payment taken back</source>
        <translation>обещанный платёж списан</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="228"/>
        <source>scheduled change came into force</source>
        <translation>вступило в силу запланированное изменение</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="229"/>
        <source>message sent again</source>
        <translation>сообщение отправлено повторно</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="230"/>
        <source>message cancelled</source>
        <translation>сообщение отменено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="231"/>
        <source>statement sent</source>
        <translation>счёт отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="232"/>
        <source>e-mail taken</source>
        <translation>письмо взято в работу</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="233"/>
        <source>e-mail set aside</source>
        <translation>письмо отложено</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="234"/>
        <source>e-mail sender verification</source>
        <translation>проверка отправителя письма</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="235"/>
        <source>e-mail answered</source>
        <translation>ответ на письмо</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="236"/>
        <source>user created</source>
        <translation>создан пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="237"/>
        <source>user&apos;s role changed</source>
        <translation>изменена роль пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="238"/>
        <source>user deactivated</source>
        <translation>пользователь отключён</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="239"/>
        <source>user reactivated</source>
        <translation>пользователь снова активен</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="240"/>
        <source>login unlocked</source>
        <translation>вход разблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="241"/>
        <source>user&apos;s password reset</source>
        <translation>сброшен пароль пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/misc/labels.py" line="242"/>
        <source>operation refused</source>
        <translation>в операции отказано</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="34"/>
        <source>Services: switch on or off</source>
        <translation>Подключение и отключение услуг</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="35"/>
        <source>Tariff change</source>
        <translation>Смена тарифа</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="36"/>
        <source>Technical or service support</source>
        <translation>Техническая и информационная поддержка</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="37"/>
        <source>Number change</source>
        <translation>Смена номера</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="38"/>
        <source>Voluntary block or unblock</source>
        <translation>Добровольная блокировка и разблокировка</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="39"/>
        <source>PIN and PUK codes</source>
        <translation>PIN- и PUK-коды</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="40"/>
        <source>Unblock after a debt</source>
        <translation>Разблокировка после погашения задолженности</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="41"/>
        <source>Bills and documents by fax</source>
        <translation>Счета и документы по факсу</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="42"/>
        <source>Merge or split personal accounts</source>
        <translation>Объединение и разделение лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="43"/>
        <source>Usage detail</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="44"/>
        <source>Explaining charges and the bill</source>
        <translation>Разъяснение списаний и счёта</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="45"/>
        <source>Payment methods and rules</source>
        <translation>Способы и правила оплаты</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="46"/>
        <source>How a service is charged</source>
        <translation>Тарификация услуг</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="47"/>
        <source>Lost or stolen SIM</source>
        <translation>Утеря или кража SIM-карты</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="48"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="49"/>
        <source>Bill delivery</source>
        <translation>Доставка счёта</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="50"/>
        <source>Self-care password</source>
        <translation>Пароль от личного кабинета</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="51"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../workstation/operations/interactions.py" line="52"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
</TS>
