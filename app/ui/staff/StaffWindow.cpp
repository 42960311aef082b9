// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/StaffWindow.h"

#include "core/staff/ServiceDirectoryFilter.h"
#include "core/staff/ServiceDirectoryModel.h"
#include "ui/export/ReviewPackRenderer.h"
#include "ui/staff/ContentStatusView.h"
#include "ui/staff/PathwayBrowser.h"
#include "ui/staff/ServiceDetailView.h"
#include "ui/staff/StaffStyle.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QSettings staffSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Signpost"),
                     QStringLiteral("staff"));
}

} // namespace

StaffWindow::StaffWindow(const ActiveContent &active, const Clock &clock, const QString &language,
                         QWidget *parent)
    : QMainWindow(parent)
    , m_active(active)
    , m_clock(clock)
    , m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_model(new ServiceDirectoryModel(m_active.content, this))
    , m_filter(new ServiceDirectoryFilter(this))
{
    setObjectName(QStringLiteral("staffWindow"));
    setWindowTitle(tr("Signpost — staff"));
    setStyleSheet(StaffStyle::styleSheet());
    m_model->setLanguage(m_language);
    m_model->setClock(m_clock);
    m_filter->setDirectory(m_model);
    m_filter->setClock(m_clock);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    const QStringList warnings = ContentStatusView::warnings(
        m_active, m_clock.now().toTimeZone(OpeningHours::ukTimeZone()).date());
    m_banner = new QLabel(warnings.join(QLatin1Char('\n')), central);
    m_banner->setObjectName(QStringLiteral("staffWarning"));
    m_banner->setProperty("staffRole", QStringLiteral("banner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setVisible(!warnings.isEmpty());
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(buildDirectoryTab(), tr("Directory"));
    m_pathways = new PathwayBrowser(m_active.content, m_tabs);
    m_pathways->setLanguage(m_language);
    m_pathways->setClock(m_clock);
    m_tabs->addTab(m_pathways, tr("Pathways"));
    m_status = new ContentStatusView(m_tabs);
    m_status->showStatus(m_active, m_clock.now().toTimeZone(OpeningHours::ukTimeZone()).date());
    m_tabs->addTab(m_status, warnings.isEmpty() ? tr("Content") : tr("Content — check"));
    connect(m_status, &ContentStatusView::reviewPackRequested, this,
            &StaffWindow::exportReviewPackAsked);
    setCentralWidget(central);
    connect(m_pathways, &PathwayBrowser::cardRequested, this, &StaffWindow::exportOutcomeCard);
    buildMenus();

    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &StaffWindow::refreshAvailability);
    m_minuteTimer.start();
    statusBar()->showMessage(
        tr("%n service(s) from %1, version %2.", nullptr, int(m_active.content.services.size()))
            .arg(m_active.content.metadata.id)
            .arg(m_active.content.metadata.version));
    resize(1280, 800);
    m_search->setFocus();
}

StaffWindow::~StaffWindow() = default;

QWidget *StaffWindow::buildDirectoryTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 8, 8, 8);

    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_search->setPlaceholderText(tr("Search names, who it is for, numbers — e.g. parent worried "
                                    "child, or 0800 1111"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the directory"));
    leftLayout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_audience = new QComboBox(left);
    m_audience->setObjectName(QStringLiteral("audienceFilter"));
    m_audience->setAccessibleName(tr("Who it is for"));
    m_audience->addItem(tr("Everyone"), QString());
    for (const QString &audience : m_model->audiences())
        m_audience->addItem(ServiceDirectoryModel::audienceName(audience), audience);
    m_openNow = new QCheckBox(tr("Answering now"), left);
    m_openNow->setObjectName(QStringLiteral("openNowFilter"));
    m_openNow->setToolTip(tr("Only services with a phone, text or chat line open now"));
    m_resultCount = new QLabel(left);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    m_resultCount->setProperty("staffRole", QStringLiteral("muted"));
    filters->addWidget(m_audience, 1);
    filters->addWidget(m_openNow);
    filters->addWidget(m_resultCount);
    leftLayout->addLayout(filters);

    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceDirectoryModel::NameColumn, Qt::AscendingOrder);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ServiceDirectoryModel::AudienceColumn, true);
    m_table->setColumnWidth(ServiceDirectoryModel::NameColumn, 180);
    m_table->setColumnWidth(ServiceDirectoryModel::ContactColumn, 200);
    leftLayout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *cards = new QPushButton(tr("Cards for selected…"), left);
    cards->setObjectName(QStringLiteral("exportCardsButton"));
    cards->setToolTip(tr("Save take-away cards (four to an A4 sheet) as a PDF"));
    auto *print = new QPushButton(tr("Print cards…"), left);
    print->setObjectName(QStringLiteral("printCardsButton"));
    auto *directory = new QPushButton(tr("Directory PDF…"), left);
    directory->setObjectName(QStringLiteral("exportDirectoryButton"));
    buttons->addWidget(cards);
    buttons->addWidget(print);
    buttons->addStretch(1);
    buttons->addWidget(directory);
    leftLayout->addLayout(buttons);
    connect(cards, &QPushButton::clicked, this, &StaffWindow::exportSelectedCards);
    connect(print, &QPushButton::clicked, this, &StaffWindow::printSelectedCards);
    connect(directory, &QPushButton::clicked, this, &StaffWindow::exportDirectory);

    m_detail = new ServiceDetailView(splitter);
    m_detail->setClock(m_clock);
    connect(m_detail, &ServiceDetailView::numberCopied, this, [this](const QString &number) {
        statusBar()->showMessage(tr("Copied %1").arg(number), 5000);
    });
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({700, 560});

    connect(m_search, &QLineEdit::textChanged, m_filter, &ServiceDirectoryFilter::setSearchText);
    connect(m_audience, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAudience(m_audience->currentData().toString()); });
    connect(m_openNow, &QCheckBox::toggled, m_filter, &ServiceDirectoryFilter::setOpenNowOnly);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &StaffWindow::updateResultCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &StaffWindow::updateResultCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &StaffWindow::updateResultCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &StaffWindow::updateResultCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffWindow::showCurrentService);
    // With one match left, show it straight away: a few keystrokes, then the answer.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
    });
    updateResultCount();
    return splitter;
}

void StaffWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Save cards for selected services as PDF…"), this,
                    &StaffWindow::exportSelectedCards);
    file->addAction(tr("Print cards for selected services…"), this,
                    &StaffWindow::printSelectedCards);
    file->addAction(tr("Save the whole directory as PDF…"), this, &StaffWindow::exportDirectory);
    file->addAction(tr("Export review pack…"), this, [this] {
        const QString language = m_status->reviewPackLanguage();
        exportReviewPackAsked(language.isEmpty() ? QStringList() : QStringList{language});
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QAction *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
}

QString StaffWindow::settingsPath()
{
    return staffSettings().fileName();
}

void StaffWindow::rememberGeometry()
{
    m_remembersGeometry = true;
    const QByteArray geometry = staffSettings().value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void StaffWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersGeometry) {
        QSettings settings = staffSettings();
        settings.setValue(QStringLiteral("geometry"), saveGeometry());
    }
    QMainWindow::closeEvent(event);
}

QStringList StaffWindow::selectedServiceIds() const
{
    QStringList ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        ids << row.data(ServiceDirectoryModel::ServiceIdRole).toString();
    return ids;
}

void StaffWindow::selectService(const QString &serviceId)
{
    const int sourceRow = m_model->rowOf(serviceId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void StaffWindow::showCurrentService()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showService(m_active.content,
                          current.data(ServiceDirectoryModel::ServiceIdRole).toString(),
                          m_language);
}

void StaffWindow::updateResultCount()
{
    m_resultCount->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void StaffWindow::refreshAvailability()
{
    m_model->refreshAvailability();
    m_filter->refresh();
    m_detail->refreshAvailability();
}

bool StaffWindow::exportCards(const QString &path, const QStringList &serviceIds,
                              HandoutRenderer::Layout layout, QString *error) const
{
    QList<HandoutCard> cards;
    for (const QString &id : serviceIds) {
        if (const Service *service = m_active.content.service(id))
            cards << HandoutCard::forService(*service, m_language);
    }
    return HandoutRenderer::writeCardsPdf(path, cards, layout, error);
}

QString StaffWindow::askForPdfPath(const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        this, tr("Save PDF"), folder + QLatin1Char('/') + suggestedName, tr("PDF files (*.pdf)"));
}

void StaffWindow::exportSelectedCards()
{
    const QStringList ids = selectedServiceIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Take-away cards"),
                                 tr("Select one or more services in the directory first."));
        return;
    }
    const QString path = askForPdfPath(QStringLiteral("support-cards.pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCards(path, ids, HandoutRenderer::Layout::FourOnA4, &error))
        QMessageBox::warning(this, tr("Take-away cards"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void StaffWindow::exportOutcomeCard(const QString &serviceId)
{
    const QString path = askForPdfPath(QStringLiteral("support-card.pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCards(path, {serviceId}, HandoutRenderer::Layout::OneOnA6, &error))
        QMessageBox::warning(this, tr("Take-away card"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void StaffWindow::exportDirectory()
{
    const QString path = askForPdfPath(QStringLiteral("support-services.pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!HandoutRenderer::writeDirectoryPdf(path, m_active.content, m_language,
                                            m_clock.now().date(), &error))
        QMessageBox::warning(this, tr("Directory"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

bool StaffWindow::exportReviewPack(const QString &path, const QStringList &languages,
                                   QString *error) const
{
    const ReviewPackRenderer::Request request{
        languages, m_clock.now().toTimeZone(OpeningHours::ukTimeZone()).date(),
        ReviewSentences::builtInCatalogues()};
    return ReviewPackRenderer::writePdf(path, m_active, request, error);
}

void StaffWindow::exportReviewPackAsked(const QStringList &languages)
{
    const QString path = askForPdfPath(QStringLiteral("review-pack.pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReviewPack(path, languages, &error))
        QMessageBox::warning(this, tr("Review pack"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void StaffWindow::printSelectedCards()
{
    QList<HandoutCard> cards;
    for (const QString &id : selectedServiceIds()) {
        if (const Service *service = m_active.content.service(id))
            cards << HandoutCard::forService(*service, m_language);
    }
    if (cards.isEmpty()) {
        QMessageBox::information(this, tr("Print cards"),
                                 tr("Select one or more services in the directory first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Support services"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!HandoutRenderer::renderCards(printer, cards, HandoutRenderer::Layout::FourOnA4))
        QMessageBox::warning(this, tr("Print cards"), tr("The cards could not be printed."));
}
