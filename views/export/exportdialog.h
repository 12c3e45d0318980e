// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Summit {

/**
 * Collects the export options: file, format, size (pixels or a paper size), scale or DPI, the
 * title and the source line, and for a view that offers it (the timeline) whether to export
 * everything or the window shown. It writes nothing itself; the caller hands the options to
 * Exporter.
 *
 * The format follows the file name's extension as it is typed, and the extension follows a
 * chosen format. CSV is a choice only for a view that offers a table. A PDF goes on paper by
 * default (defaultPaper()); "Size in pixels" is still a choice.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * @p defaults gives the initial title, source line, size and file path; the extent row is
     * shown only when defaults.extent has a value.
     */
    explicit ExportDialog(const ExportOptions &defaults, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    /**
     * The view's preferred size for each extent: switching the extent then switches the size,
     * unless the user has set a size of their own.
     */
    void setExtentSizes(const QSize &full, const QSize &visible);
    /**
     * The source line for each extent (the window shown may cite fewer documents than the
     * whole timeline): switching the extent switches the line, unless the user has edited it.
     */
    void setExtentSourceLines(const QString &full, const QString &visible);

    void accept() override;

    /** US Letter where the locale measures in inches (QLocale()), A4 elsewhere. */
    static QPageSize::PageSizeId defaultPaper();
    /** "png", "svg", "pdf" or "csv". */
    static QString extensionOf(ExportOptions::Format format);

private:
    // The constructor's steps, in order.
    void nameFields();
    void fillChoices(const ExportOptions &defaults);
    void layOut(bool offersExtent);
    void connectFields();

    void browse();
    void syncFormatFromPath();
    ExportOptions::Format currentFormat() const;
    void updateEnabledFields();
    void extentChanged();

    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QComboBox *m_extent;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_dpi;
    QLineEdit *m_title;
    QLineEdit *m_sources;
    QLabel *m_pixels;
    QLabel *m_csvNote;
    QDialogButtonBox *m_buttons;
    QSize m_extentSizes[2]; ///< preferred size per ExportOptions::Extent, when known
    bool m_offersExtent = false;
    int m_shownExtent = 0; ///< the extent whose size the size boxes were last set to
    QString m_extentSources[2]; ///< source line per ExportOptions::Extent, when known
    int m_sourcesExtent = -1; ///< the extent whose source line the field was last set to
};

} // namespace Summit
