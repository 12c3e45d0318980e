// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/export/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace Summit {

namespace {

QSpinBox *sideBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(Exporter::MinSide, Exporter::MaxSide);
    box->setSuffix(QStringLiteral(" px"));
    box->setValue(value);
    return box;
}

} // namespace

ExportDialog::ExportDialog(const ExportOptions &defaults, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(defaults.path, this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_extent(new QComboBox(this))
    , m_width(sideBox(defaults.size.width(), this))
    , m_height(sideBox(defaults.size.height(), this))
    , m_scale(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_title(new QLineEdit(defaults.title, this))
    , m_sources(new QLineEdit(defaults.sourceLine, this))
    , m_pixels(new QLabel(this))
    , m_csvNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    nameFields();
    // Long titles and source lines show their beginning, not their last words.
    m_title->setCursorPosition(0);
    m_sources->setCursorPosition(0);
    fillChoices(defaults);
    layOut(defaults.extent.has_value());
    connectFields();
    updateEnabledFields();
    resize(620, sizeHint().height());
}

void ExportDialog::nameFields()
{
    // Names for tests and accessibility tools that look widgets up.
    const std::pair<QWidget *, const char *> names[]
        = { { m_path, "path" }, { m_format, "format" }, { m_paper, "paper" },
              { m_orientation, "orientation" }, { m_extent, "extent" }, { m_width, "width" },
              { m_height, "height" }, { m_scale, "scale" }, { m_dpi, "dpi" }, { m_title, "title" },
              { m_sources, "sourceLine" }, { m_pixels, "pixels" }, { m_csvNote, "csvNote" } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
}

void ExportDialog::fillChoices(const ExportOptions &defaults)
{
    m_format->addItem(tr("PNG image"), int(ExportOptions::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(ExportOptions::Format::Svg));
    m_format->addItem(tr("PDF document"), int(ExportOptions::Format::Pdf));
    if (defaults.offersTable)
        m_format->addItem(tr("CSV table (the rows)"), int(ExportOptions::Format::Csv));
    // A remembered CSV choice falls back to PNG for a view that has no table.
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(defaults.format))));
    m_paper->addItem(tr("Size in pixels"), -1);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    // Paper by default: a PDF is for printing, and a pixel size makes an odd page.
    const int paper = defaults.pageSize ? int(defaults.pageSize->id()) : int(defaultPaper());
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(paper)));
    m_csvNote->setText(tr("A CSV table holds the rows the view shows; size, title and source "
                          "line do not apply."));
    m_csvNote->setWordWrap(true);
    m_orientation->addItem(tr("Landscape"), true);
    m_orientation->addItem(tr("Portrait"), false);
    m_orientation->setCurrentIndex(defaults.landscape ? 0 : 1);
    m_extent->addItem(tr("Everything (the whole timeline)"), int(ExportOptions::Extent::Full));
    m_extent->addItem(tr("The window shown now"), int(ExportOptions::Extent::Visible));
    m_extent->setCurrentIndex(int(defaults.paintedExtent()));
    m_shownExtent = m_extent->currentIndex();
    m_offersExtent = defaults.extent.has_value();
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(defaults.scale);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_dpi->setRange(48, 600);
    m_dpi->setValue(defaults.dpi);
    m_dpi->setSuffix(QStringLiteral(" dpi"));
}

void ExportDialog::layOut(bool offersExtent)
{
    auto *browseButton = new QPushButton(tr("B&rowse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_pixels, 1);
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_paper, 1);
    pageRow->addWidget(m_orientation);

    // Rows that hold a layout need a label with a buddy, or the "&" shows as written.
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&File:"), m_path), pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("E&xtent:"), m_extent);
    form->setRowVisible(m_extent, offersExtent);
    form->addRow(buddyLabel(tr("&Page:"), m_paper), pageRow);
    form->addRow(buddyLabel(tr("&Size:"), m_width), sizeRow);
    form->addRow(tr("Sc&ale (PNG):"), m_scale);
    form->addRow(tr("&Resolution (PDF, SVG):"), m_dpi);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Source &line:"), m_sources);
    form->addRow(m_csvNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

void ExportDialog::connectFields()
{
    // While typing, not only when the field is left: the format shown is the one written.
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::syncFormatFromPath);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::syncFormatFromPath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabledFields);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabledFields);
    connect(m_extent, &QComboBox::currentIndexChanged, this, &ExportDialog::extentChanged);
    for (QSpinBox *box : { m_width, m_height })
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateEnabledFields);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateEnabledFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportDialog::~ExportDialog()
{
    // The path field loses focus while QWidget's destructor deletes it, and a QLineEdit with
    // focus emits editingFinished then; by that time this object is only a QDialog, so the slot
    // would run on a destroyed ExportDialog (UBSan reports the call through the wrong vptr).
    disconnect(m_path, nullptr, this, nullptr);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.path = m_path->text().trimmed();
    options.format = currentFormat();
    options.offersTable = m_format->findData(int(ExportOptions::Format::Csv)) >= 0;
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->value();
    options.dpi = m_dpi->value();
    const int paper = m_paper->currentData().toInt();
    if (options.format == ExportOptions::Format::Pdf && paper >= 0)
        options.pageSize = QPageSize(QPageSize::PageSizeId(paper));
    options.landscape = m_orientation->currentData().toBool();
    options.title = m_title->text();
    options.sourceLine = m_sources->text();
    if (m_offersExtent)
        options.extent = ExportOptions::Extent(m_extent->currentData().toInt());
    return options;
}

void ExportDialog::setExtentSizes(const QSize &full, const QSize &visible)
{
    m_extentSizes[int(ExportOptions::Extent::Full)] = full;
    m_extentSizes[int(ExportOptions::Extent::Visible)] = visible;
    m_shownExtent = -1; // the boxes hold the caller's defaults: follow the extent from now on
    extentChanged();
}

void ExportDialog::setExtentSourceLines(const QString &full, const QString &visible)
{
    m_extentSources[int(ExportOptions::Extent::Full)] = full;
    m_extentSources[int(ExportOptions::Extent::Visible)] = visible;
    m_sourcesExtent = m_extent->currentIndex();
    m_sources->setText(m_extentSources[m_sourcesExtent]);
    m_sources->setCursorPosition(0);
}

void ExportDialog::extentChanged()
{
    const int extent = m_extent->currentIndex();
    // Same rule for the source line: the user's own text stays.
    if (m_sourcesExtent >= 0 && m_sources->text() == m_extentSources[m_sourcesExtent]) {
        m_sources->setText(m_extentSources[extent]);
        m_sources->setCursorPosition(0);
        m_sourcesExtent = extent;
    }
    const QSize shown(m_width->value(), m_height->value());
    // A size the user typed stays; the previous extent's own size follows the new extent.
    const bool ownSize = m_shownExtent >= 0 && shown != m_extentSizes[m_shownExtent];
    const QSize wanted = m_extentSizes[extent];
    if (!ownSize && wanted.isValid()) {
        m_width->setValue(wanted.width());
        m_height->setValue(wanted.height());
    }
    m_shownExtent = extent;
}

QPageSize::PageSizeId ExportDialog::defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

QString ExportDialog::extensionOf(ExportOptions::Format format)
{
    switch (format) {
    case ExportOptions::Format::Png:
        return QStringLiteral("png");
    case ExportOptions::Format::Svg:
        return QStringLiteral("svg");
    case ExportOptions::Format::Pdf:
        return QStringLiteral("pdf");
    case ExportOptions::Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

ExportOptions::Format ExportDialog::currentFormat() const
{
    return ExportOptions::Format(m_format->currentData().toInt());
}

void ExportDialog::browse()
{
    const QString extension = extensionOf(currentFormat());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text(),
        tr("%1 files (*.%2)").arg(extension.toUpper(), extension), nullptr,
        QFileDialog::DontConfirmOverwrite); // accept() asks, once, for every way of naming a file
    if (!path.isEmpty()) {
        m_path->setText(path);
        syncFormatFromPath();
    }
}

void ExportDialog::syncFormatFromPath()
{
    // Only the formats offered: CSV is one for a table view only.
    const auto format = Exporter::formatForPath(m_path->text());
    if (!format)
        return;
    const int index = m_format->findData(int(*format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::updateEnabledFields()
{
    const auto format = currentFormat();
    const bool pdf = format == ExportOptions::Format::Pdf;
    const bool csv = format == ExportOptions::Format::Csv;
    const bool paper = pdf && m_paper->currentData().toInt() >= 0;
    m_paper->setEnabled(pdf);
    m_orientation->setEnabled(paper);
    m_width->setEnabled(!paper && !csv);
    m_height->setEnabled(!paper && !csv);
    m_scale->setEnabled(format == ExportOptions::Format::Png);
    m_dpi->setEnabled(pdf || format == ExportOptions::Format::Svg);
    m_extent->setEnabled(!csv);
    m_title->setEnabled(!csv);
    m_sources->setEnabled(!csv);
    m_csvNote->setVisible(csv);
    ExportOptions asked;
    asked.size = QSize(m_width->value(), m_height->value());
    asked.scale = m_scale->value();
    const QSize pixels = Exporter::pngPixels(asked);
    const bool tooLarge = format == ExportOptions::Format::Png
        && qint64(pixels.width()) * pixels.height() > Exporter::MaxPixels;
    QString sizeText;
    if (format == ExportOptions::Format::Png) {
        sizeText = tr("image of %1 × %2 pixels").arg(pixels.width()).arg(pixels.height());
        if (tooLarge)
            sizeText
                += tr(": over the limit of %1 megapixels").arg(Exporter::MaxPixels / 1'000'000);
    }
    m_pixels->setText(sizeText);
    m_pixels->setStyleSheet(tooLarge ? QStringLiteral("color: #b00020") : QString());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!tooLarge);
    // Keep the file's extension in step with the chosen format.
    QString path = m_path->text();
    const QString wanted = extensionOf(format);
    const QFileInfo info(path);
    if (!path.isEmpty() && info.suffix().toLower() != wanted) {
        path.chop(info.suffix().isEmpty() ? 0 : info.suffix().size() + 1);
        m_path->setText(path + QLatin1Char('.') + wanted);
    }
}

void ExportDialog::accept()
{
    syncFormatFromPath();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose a file to export to."));
        return;
    }
    // A name that asks for a format this view does not offer would get another format inside.
    if (const auto asked = Exporter::formatForPath(path); asked && *asked != currentFormat()) {
        QMessageBox::warning(this, tr("Export"),
            tr("This view cannot be written as %1: name the file .%2, or choose another view.")
                .arg(extensionOf(*asked).toUpper(), extensionOf(currentFormat())));
        return;
    }
    if (QFileInfo::exists(path)
        && QMessageBox::question(
               this, tr("Replace File?"), tr("%1 already exists. Replace it?").arg(path))
            != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace Summit
