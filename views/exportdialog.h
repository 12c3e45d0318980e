// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/exporter.h"

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
 * title and the source line. It writes nothing itself; the caller hands the options to Exporter.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p defaults gives the initial title, source line, size and file path. */
    explicit ExportDialog(const ExportOptions &defaults, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;

    void accept() override;

private:
    void browse();
    void syncFormatFromPath();
    void updateEnabledFields();

    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_dpi;
    QLineEdit *m_title;
    QLineEdit *m_sources;
    QLabel *m_pixels;
    QDialogButtonBox *m_buttons;
};

} // namespace Summit
