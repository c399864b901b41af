#pragma once

#include "azureml/rolloutplan.h"

#include <QColor>
#include <QWidget>

namespace mlr::gui {

// The traffic split in words, as the bar's accessible name states it: "blue 90 %, green 10 %"
// (deployments at 0 % left out), or "no deployment has traffic". Pure.
QString trafficBarText(const azureml::TrafficMap &traffic);

// The colour of segment `index` for a window whose base colour is `base`: distinct hues, dark
// enough on a light base and light enough on a dark one; segmentTextColor picks black or white,
// whichever reads better on it (at least 4.5:1 for these colours). Pure.
QColor segmentColor(int index, const QColor &base);
QColor segmentTextColor(const QColor &segment);

// A horizontal bar with one segment per deployment that has traffic, as wide as its share,
// labelled with its name and percentage ("blue 90 %"; only the percentage when the segment is
// narrow). Colours follow the palette (light and dark schemes). The accessible name and the
// tooltip state the split in words (trafficBarText). Display only: it takes no focus.
class TrafficBar : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficBar(QWidget *parent = nullptr);

    const azureml::TrafficMap &traffic() const { return m_traffic; }
    // Replaces the split shown; "known" false shows the bar empty with "traffic not known".
    void setTraffic(const azureml::TrafficMap &traffic, bool known = true);
    bool isKnown() const { return m_known; }
    QString text() const; // what the accessible name says

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibility();

    azureml::TrafficMap m_traffic;
    bool m_known = false;
};

} // namespace mlr::gui
