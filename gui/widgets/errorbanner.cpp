// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/errorbanner.h"

#include "util/verdictstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this)) {
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Error message"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    QColor tint = style::levelColor(Level::Critical, pal);
    tint.setAlpha(40);
    pal.setColor(
        QPalette::Window,
        QColor::fromRgba(qRgba((pal.color(QPalette::Window).red() * 5 + tint.red()) / 6,
                               (pal.color(QPalette::Window).green() * 5 + tint.green()) / 6,
                               (pal.color(QPalette::Window).blue() * 5 + tint.blue()) / 6, 255)));
    setPalette(pal);

    m_icon->setPixmap(style::levelIcon(Level::Critical).pixmap(24, 24));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"errorText"_s);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setObjectName(u"errorDetailsButton"_s);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    auto* close = new QToolButton(this);
    close->setIcon(style::actionIcon(u"cancel"_s));
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide error message"));
    close->setAutoRaise(true);
    m_details->setReadOnly(true);
    m_details->setObjectName(u"errorDetails"_s);
    m_details->setMaximumHeight(90);
    m_details->setVisible(false);
    m_details->setFont(QFont(u"monospace"_s));

    auto* top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_text, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    top->addWidget(close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString& title, const Error& error) {
    m_text->setText(u"<b>%1</b><br>%2"_s.arg(title.toHtmlEscaped(), error.message.toHtmlEscaped()));
    m_details->setPlainText(error.detail);
    m_detailsButton->setVisible(!error.detail.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

QString ErrorBanner::message() const {
    return m_text->text();
}

QString ErrorBanner::detail() const {
    return m_details->toPlainText();
}

} // namespace ipcscope
