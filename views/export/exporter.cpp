// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/export/exporter.h"

#include "models/dataset.h"
#include "views/export/exportable.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontInfo>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

QFont titleFont(const QRectF &target, int minimumText)
{
    QFont font = Exporter::exportFont(
        std::max(minimumText * 4 / 3, qBound(14, int(target.width() / 50), 40)));
    font.setBold(true);
    return font;
}

QFont sourceFont(const QRectF &target, int minimumText)
{
    return Exporter::exportFont(std::max(minimumText, qBound(9, int(target.width() / 110), 18)));
}

/** The CSS generic family closest to @p info. */
QString genericFamily(const QFontInfo &info, const QString &asked)
{
    if (info.fixedPitch())
        return QStringLiteral("monospace");
    const QString lower = asked.toLower();
    if (lower.contains(QLatin1String("serif")) && !lower.contains(QLatin1String("sans")))
        return QStringLiteral("serif");
    return QStringLiteral("sans-serif");
}

QString documentLabel(const Document &document)
{
    const QString publisher
        = document.publisher.isEmpty() ? QStringLiteral("publisher not named") : document.publisher;
    const QString date = document.published.isNull()
        ? QStringLiteral("undated")
        : QLocale(QLocale::English).toString(document.published, QStringLiteral("d MMM yyyy"));
    return QStringLiteral("%1, %2: %3").arg(publisher, date, document.title);
}

QString errorFor(const QString &path, const QString &reason)
{
    return QStringLiteral("cannot write %1: %2").arg(path, reason);
}

QString csvField(const QString &text)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[\",\r\n]"));
    if (!text.contains(needsQuotes))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool writePng(QSaveFile *file, Exportable &content, const ExportOptions &options, QString *error)
{
    const QImage image = Exporter::renderImage(content, options.size, options.scale, options.title,
        options.sourceLine, options.paintedExtent());
    // Encode into memory first: when the PNG writer meets a failing device (a full disk) it
    // jumps out of libpng and leaks its encoder state. A memory buffer cannot fail that way, and
    // the one write below reports a full disk like any other write error.
    QByteArray encoded;
    QBuffer buffer(&encoded);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        *error = errorFor(file->fileName(), QStringLiteral("PNG encoding failed"));
        return false;
    }
    if (file->write(encoded) != encoded.size()) {
        *error = errorFor(file->fileName(), file->errorString());
        return false;
    }
    return true;
}

// SVG and PDF writers report no errors of their own: a failed write shows at commit().
bool writeSvg(QSaveFile *file, Exportable &content, const ExportOptions &options, QString *error)
{
    // Into memory first, to name real font families before anything reaches the file.
    QByteArray svg;
    QBuffer buffer(&svg);
    if (!buffer.open(QIODevice::WriteOnly)) {
        *error = errorFor(file->fileName(), buffer.errorString());
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(options.dpi);
    generator.setTitle(options.title);
    generator.setDescription(options.sourceLine);
    QPainter painter(&generator);
    Exporter::paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), content, options.title,
        options.sourceLine, options.paintedExtent(), Exporter::minimumTextPixels(options.dpi));
    painter.end();
    const QByteArray fixed = Exporter::withFontFallbacks(svg);
    if (file->write(fixed) != fixed.size()) {
        *error = errorFor(file->fileName(), file->errorString());
        return false;
    }
    return true;
}

void writePdf(QSaveFile *file, Exportable &content, const ExportOptions &options)
{
    QPdfWriter writer(file);
    writer.setResolution(options.dpi);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Summit Viewer"));
    if (options.pageSize) {
        writer.setPageSize(*options.pageSize);
        writer.setPageOrientation(
            options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    } else {
        // The page is exactly the asked size in pixels at the chosen resolution.
        const QSizeF points = QSizeF(options.size) * 72.0 / options.dpi;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageOrientation(QPageLayout::Portrait);
    }
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    Exporter::paint(&painter, page, content, options.title, options.sourceLine,
        options.paintedExtent(), Exporter::minimumTextPixels(options.dpi));
}

} // namespace

ExportOptions exportRequest(const Exportable &view, const Dataset &dataset, ExportExtent extent)
{
    ExportOptions options;
    if (view.offersExtentChoice())
        options.extent = extent;
    const ExportExtent painted = options.paintedExtent();
    options.size = view.preferredExportSize(painted);
    options.title = view.exportTitle();
    options.offersTable = view.offersTable();
    options.documents = view.citedDocuments(painted);
    options.sourceLine = Exporter::sourceLine(dataset, options.documents);
    if (const QString note = view.sourceLineNote(painted); !note.isEmpty())
        options.sourceLine += u' ' + note;
    return options;
}

std::optional<ExportOptions::Format> Exporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportOptions::Format::Png;
    if (suffix == QLatin1String("svg"))
        return ExportOptions::Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportOptions::Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return ExportOptions::Format::Csv;
    return std::nullopt;
}

std::optional<QSize> Exporter::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})[xX](\\d{1,6})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    auto inRange = [](int side) { return side >= MinSide && side <= MaxSide; };
    if (!inRange(size.width()) || !inRange(size.height()))
        return std::nullopt;
    return size;
}

QString Exporter::sourceLine(const Dataset &dataset, const QStringList &documentIds)
{
    QStringList labels;
    for (const Document &document : dataset.documents) {
        if (documentIds.contains(document.id))
            labels.append(documentLabel(document));
    }
    if (labels.isEmpty())
        return QStringLiteral("Sources: none cited");
    return QStringLiteral("Sources: ") + labels.join(QStringLiteral("; "))
        + QStringLiteral(". Made with Summit Viewer.");
}

int Exporter::minimumTextPixels(int dpi)
{
    return int(std::ceil(MinimumTextPixels * qreal(dpi) / 96.0));
}

QFont Exporter::exportFont(int pixelSize)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    // The alias resolved once: the same family then reaches PNG, PDF and SVG alike.
    static const QString family = QFontInfo(font).family();
    font.setFamilies({ family });
    font.setPixelSize(std::max(1, pixelSize));
    return font;
}

QByteArray Exporter::withFontFallbacks(const QByteArray &svg)
{
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    QHash<QString, QString> stacks;
    const QString text = QString::fromUtf8(svg);
    QString result;
    result.reserve(text.size() + 1024);
    qsizetype last = 0;
    auto matches = attribute.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString asked = match.captured(1).trimmed();
        auto stack = stacks.find(asked);
        if (stack == stacks.end()) {
            // A list the generator did not write (already a stack) stays as it is.
            QString value = asked;
            if (!asked.contains(QLatin1Char(','))) {
                QFont font(asked);
                const QFontInfo info(font);
                const QString generic = genericFamily(info, asked);
                const QString real = info.family().isEmpty() ? asked : info.family();
                value = real.compare(generic, Qt::CaseInsensitive) == 0
                    ? generic
                    : QStringLiteral("%1, %2").arg(real, generic);
            }
            stack = stacks.insert(asked, value);
        }
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += QStringLiteral("font-family=\"%1\"").arg(stack.value());
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result.toUtf8();
}

void Exporter::paint(QPainter *painter, const QRectF &target, Exportable &content,
    const QString &title, const QString &sourceLine, ExportExtent extent, int minimumText)
{
    painter->save();
    painter->fillRect(target, Qt::white);
    // Bounded: a whole timeline 20000 pixels wide would otherwise lose 500 of its height.
    const qreal margin = qBound(8.0, target.width() / 80, 40.0);
    QRectF inner = target.adjusted(margin, margin, -margin, -margin);

    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    if (!title.isEmpty()) {
        painter->setFont(titleFont(target, minimumText));
        const QRectF bounds
            = painter->boundingRect(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
        painter->drawText(
            QRectF(inner.topLeft(), QSizeF(inner.width(), bounds.height())), title, wrap);
        inner.setTop(inner.top() + bounds.height() + margin / 2);
    }
    if (!sourceLine.isEmpty()) {
        painter->setFont(sourceFont(target, minimumText));
        painter->setPen(QColor(0x50, 0x50, 0x50));
        const QRectF bounds = painter->boundingRect(
            inner, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, sourceLine);
        const QRectF box(
            inner.left(), inner.bottom() - bounds.height(), inner.width(), bounds.height());
        painter->drawText(box, sourceLine, wrap);
        inner.setBottom(box.top() - margin / 2);
    }
    painter->restore();

    painter->save();
    painter->setClipRect(inner);
    painter->setFont(exportFont(minimumText));
    content.renderContent(painter, inner, extent);
    painter->restore();
}

QImage Exporter::renderImage(Exportable &content, const QSize &size, qreal scale,
    const QString &title, const QString &sourceLine, ExportExtent extent)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), content, title, sourceLine, extent);
    painter.end();
    return image;
}

QByteArray Exporter::csv(const QList<QStringList> &rows)
{
    // The byte order mark lets spreadsheet programs read the en dashes and stars as UTF-8.
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &cell : row)
            fields.append(csvField(cell));
        bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return bytes;
}

QSize Exporter::pngPixels(const ExportOptions &options)
{
    return (QSizeF(options.size) * options.scale).toSize();
}

bool Exporter::write(Exportable &content, const ExportOptions &options, QString *error)
{
    const QSize pixels = pngPixels(options);
    if (options.format == ExportOptions::Format::Png
        && qint64(pixels.width()) * pixels.height() > MaxPixels) {
        *error = errorFor(options.path,
            QStringLiteral("an image of %1 × %2 pixels is over the limit of %3 megapixels; "
                           "choose a smaller size or scale")
                .arg(pixels.width())
                .arg(pixels.height())
                .arg(MaxPixels / 1'000'000));
        return false;
    }
    if (options.format == ExportOptions::Format::Csv && !content.offersTable()) {
        *error = errorFor(options.path,
            QStringLiteral("'%1' is not a table; CSV is offered by table views only "
                           "(such as 'reports')")
                .arg(content.exportName()));
        return false;
    }
    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = errorFor(options.path, file.errorString());
        return false;
    }
    bool written = false;
    switch (options.format) {
    case ExportOptions::Format::Png:
        written = writePng(&file, content, options, error);
        break;
    case ExportOptions::Format::Svg:
        written = writeSvg(&file, content, options, error);
        break;
    case ExportOptions::Format::Pdf:
        writePdf(&file, content, options);
        written = true;
        break;
    case ExportOptions::Format::Csv: {
        const QByteArray bytes = csv(content.exportTable());
        written = file.write(bytes) == bytes.size();
        if (!written)
            *error = errorFor(options.path, file.errorString());
        break;
    }
    }
    if (!written) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = errorFor(options.path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Summit
