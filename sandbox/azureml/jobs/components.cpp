#include "azureml/jobs/components.h"

#include "engine/datamodules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlr::aml {

using namespace mlr::studio;

namespace {

const QList<LearnerKind> allLearners
    = { LearnerKind::TwoClassLogisticRegression, LearnerKind::TwoClassBoostedDecisionTree,
          LearnerKind::LinearRegression, LearnerKind::BoostedDecisionTreeRegression };

ComponentInput literal(const QString &name, const QString &type, const QString &studioName,
    const QString &description, const QString &def = {}, bool optional = true)
{
    ComponentInput in;
    in.name = name;
    in.type = type;
    in.studioName = studioName;
    in.description = description;
    in.defaultValue = def;
    in.optional = optional;
    return in;
}

ComponentInput port(const QString &name, const QString &type, PortKind kind, const QString &studioName,
    const QString &description)
{
    ComponentInput in;
    in.name = name;
    in.type = type;
    in.port = kind;
    in.studioName = studioName;
    in.description = description;
    return in;
}

Component trainAndEvaluate()
{
    Component c;
    c.name = u"train_and_evaluate"_s;
    c.displayName = u"Train and evaluate"_s;
    c.description = u"The retraining experiment: Clean Missing Data (replace with mean / mode) -> Split Data "
                    u"-> Train Model -> Score Model -> Evaluate Model."_s;
    c.kind = ComponentKind::Retraining;
    c.inputs.append(port(u"training_data"_s, u"uri_file"_s, PortKind::Dataset, u"Dataset"_s,
        u"The training data: a CSV file with a header row."_s));
    c.inputs.append(
        literal(u"label_column"_s, u"string"_s, u"Label column"_s, u"The column to predict."_s, {}, false));
    ComponentInput learner = literal(
        u"learner"_s, u"string"_s, {}, u"The learner module."_s, u"two_class_logistic_regression"_s);
    for (LearnerKind k : allLearners)
        learner.enumValues.append(learnerName(k));
    c.inputs.append(learner);
    c.inputs.append(literal(u"feature_columns"_s, u"string"_s, {},
        u"Comma-separated feature columns; empty: every column but the label."_s));
    const QList<std::pair<QString, QString>> learnerParameters = {
        { u"optimization_tolerance"_s, u"Optimization tolerance"_s },
        { u"l1_regularization_weight"_s, u"L1 regularization weight"_s },
        { u"l2_regularization_weight"_s, u"L2 regularization weight"_s },
        { u"memory_size_for_l_bfgs"_s, u"Memory size for L-BFGS"_s },
        { u"maximum_number_of_leaves_per_tree"_s, u"Maximum number of leaves per tree"_s },
        { u"minimum_number_of_samples_per_leaf_node"_s, u"Minimum number of samples per leaf node"_s },
        { u"learning_rate"_s, u"Learning rate"_s },
        { u"number_of_trees"_s, u"Number of trees constructed"_s },
        { u"include_intercept_term"_s, u"Include intercept term"_s },
        { u"random_seed"_s, u"Random number seed"_s },
        { u"allow_unknown_categorical_levels"_s, u"Allow unknown categorical levels"_s },
    };
    for (const auto &[name, studioName] : learnerParameters) {
        QString type = u"number"_s;
        if (studioName.startsWith(u"Include"_s) || studioName.startsWith(u"Allow"_s))
            type = u"boolean"_s;
        else if (studioName.contains(u"number"_s, Qt::CaseInsensitive) || studioName.startsWith(u"Memory"_s)
            || studioName.startsWith(u"Minimum"_s) || studioName.startsWith(u"Random"_s))
            type = u"integer"_s;
        c.inputs.append(literal(name, type, studioName,
            u"Learner parameter \"%1\" (learners that have it; default: the learner's)."_s.arg(studioName)));
    }
    c.inputs.append(
        literal(u"train_fraction"_s, u"number"_s, u"Fraction of rows in the first output dataset"_s,
            u"Split Data: the fraction of rows used for training."_s, u"0.75"_s));
    c.inputs.append(
        literal(u"split_seed"_s, u"integer"_s, u"Random seed"_s, u"Split Data: the random seed."_s, u"42"_s));
    c.inputs.append(literal(u"stratified_split"_s, u"boolean"_s, u"Stratified split"_s,
        u"Split Data: stratify on the label (two-class only)."_s, u"True"_s));
    ComponentInput cleaning = literal(u"cleaning_mode"_s, u"string"_s, u"Cleaning mode"_s,
        u"Clean Missing Data over the feature columns; none: no cleaning."_s, u"replace_with_mean"_s);
    cleaning.enumValues = { u"none"_s, u"replace_with_mean"_s, u"replace_with_median"_s,
        u"replace_with_mode"_s, u"remove_entire_row"_s };
    c.inputs.append(cleaning);
    c.outputs.append({ u"model"_s, u"mlflow_model"_s, u"The trained model: MLmodel + model.ilearner."_s,
        u"Trained model"_s, PortKind::TrainedModel, ArtifactKind::TrainedModel });
    c.outputs.append({ u"metrics"_s, u"uri_folder"_s,
        u"Evaluate Model on the test split: metrics.json + evaluation.csv."_s, u"Evaluation results"_s,
        PortKind::Dataset, ArtifactKind::Evaluation });
    c.outputs.append({ u"scored_data"_s, u"uri_folder"_s, u"The scored test split: scored.csv."_s,
        u"Scored dataset"_s, PortKind::Dataset, ArtifactKind::ScoredData });
    return c;
}

QString portType(PortKind kind)
{
    switch (kind) {
    case PortKind::UntrainedModel:
        return u"custom_model"_s;
    case PortKind::TrainedModel:
        return u"mlflow_model"_s;
    default:
        return u"uri_folder"_s;
    }
}

ArtifactKind artifactOf(const QString &module, const PortInfo &p)
{
    if (p.kind == PortKind::TrainedModel)
        return ArtifactKind::TrainedModel;
    if (p.kind == PortKind::UntrainedModel)
        return ArtifactKind::UntrainedModel;
    if (module == u"Evaluate Model"_s)
        return ArtifactKind::Evaluation;
    if (module == u"Score Model"_s)
        return ArtifactKind::ScoredData;
    return ArtifactKind::Dataset;
}

Component moduleComponent(const ModuleDescriptor &d)
{
    Component c;
    // "Select Columns in Dataset" is published as select_columns (its full snake_case name
    // is accepted too, see byName).
    c.name = d.name() == u"Select Columns in Dataset"_s ? u"select_columns"_s : snakeCase(d.name());
    c.displayName = d.name();
    c.moduleName = d.name();
    c.description = u"The Studio module \"%1\" (%2)."_s.arg(d.name(), d.info->family);
    for (const PortInfo &p : d.inputs) {
        if (!p.supported)
            continue;
        c.inputs.append(port(snakeCase(p.name), portType(p.kind), p.kind, p.name,
            u"Input port \"%1\" (%2)."_s.arg(p.name, portKindName(p.kind))));
    }
    for (const ParameterInfo &p : d.info->parameters) {
        static const QHash<QString, QString> types
            = { { u"Double"_s, u"number"_s }, { u"Int"_s, u"integer"_s }, { u"Boolean"_s, u"boolean"_s } };
        const bool required = d.name() == u"Train Model"_s || d.name() == u"Select Columns in Dataset"_s;
        ComponentInput in = literal(snakeCase(p.name), types.value(p.type, u"string"_s), p.name,
            u"Parameter \"%1\" (%2)."_s.arg(p.name, p.type), p.defaultValue, !required);
        in.enumValues = p.options;
        c.inputs.append(in);
    }
    for (const PortInfo &p : d.outputs) {
        if (!p.supported)
            continue;
        c.outputs.append({ snakeCase(p.name), portType(p.kind),
            u"Output port \"%1\" (%2)."_s.arg(p.name, portKindName(p.kind)), p.name, p.kind,
            artifactOf(d.name(), p) });
    }
    return c;
}

QList<Component> buildComponents()
{
    QList<Component> out { trainAndEvaluate() };
    for (const QString &name : supportedModuleNames()) {
        if (const ModuleDescriptor *d = findModuleDescriptor(name))
            out.append(moduleComponent(*d));
    }
    return out;
}

const Component *byName(const QString &name)
{
    for (const Component &c : components()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0
            || (c.kind == ComponentKind::Module && snakeCase(c.moduleName) == name.toLower()))
            return &c;
    }
    return nullptr;
}

const Component *byNameAndVersion(const QString &name, const QString &version)
{
    if (version.compare(componentVersion, Qt::CaseInsensitive) != 0
        && version.compare(u"latest"_s, Qt::CaseInsensitive) != 0)
        return nullptr;
    return byName(name);
}

} // namespace

const ComponentInput *Component::input(const QString &name) const
{
    for (const ComponentInput &i : inputs) {
        if (i.name.compare(name, Qt::CaseInsensitive) == 0)
            return &i;
    }
    return nullptr;
}

const ComponentOutput *Component::output(const QString &name) const
{
    for (const ComponentOutput &o : outputs) {
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

QString Component::id() const
{
    return u"azureml://registries/azureml/components/%1/versions/%2"_s.arg(name, componentVersion);
}

const QList<Component> &components()
{
    static const QList<Component> all = buildComponents();
    return all;
}

QStringList componentNames()
{
    QStringList names;
    for (const Component &c : components())
        names.append(c.name);
    return names;
}

const Component *findComponent(const QString &id)
{
    static const QRegularExpression registry(
        u"^azureml://registries/azureml/components/([^/]+)/versions/([^/]+)/?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shortForm(
        u"^azureml:([^:@/]+)(?::([^:@/]+)|@(latest))$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression arm(u"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/"
                                        u"Microsoft\\.MachineLearningServices/workspaces/[^/]+/components/"
                                        u"([^/]+)/versions/([^/]+)/?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = id.trimmed();
    for (const QRegularExpression *re : { &registry, &arm }) {
        const auto m = re->match(text);
        if (m.hasMatch())
            return byNameAndVersion(m.captured(1), m.captured(2));
    }
    const auto m = shortForm.match(text);
    if (m.hasMatch())
        return byNameAndVersion(m.captured(1), m.captured(2).isEmpty() ? m.captured(3) : m.captured(2));
    return nullptr;
}

const Component *findComponentByName(const QString &nameOrId)
{
    if (const Component *c = byName(nameOrId.trimmed()))
        return c;
    return findComponent(nameOrId);
}

QString snakeCase(const QString &studioName)
{
    QString out;
    bool pending = false;
    for (const QChar ch : studioName) {
        if (ch.isLetterOrNumber()) {
            if (pending && !out.isEmpty())
                out.append(u'_');
            out.append(ch.toLower());
            pending = false;
        } else {
            pending = true;
        }
    }
    return out;
}

std::optional<LearnerKind> parseLearnerName(const QString &name)
{
    for (LearnerKind k : allLearners) {
        if (learnerName(k).compare(snakeCase(name), Qt::CaseInsensitive) == 0)
            return k;
    }
    return parseLearnerKind(name);
}

QString learnerName(LearnerKind kind)
{
    return snakeCase(learnerModuleName(kind));
}

} // namespace mlr::aml
