## more_references.R -- R reference outputs for the detection options that r_anchor.R leaves out
##
## Made with R 4.2.2 and surveillance 1.20.3 (the script prints both and stops on another surveillance version).
## R is a checking tool only: Signaal never runs it. Rerun from the project root:
##
##   Rscript stats/src/test/r/more_references.R [SHARED_STATS_DIR] [OUTDIR]
##
## SHARED_STATS_DIR defaults to ../shared/reference/stats (the input_*.csv series r_anchor.R wrote), OUTDIR to
## stats/src/test/resources/r-reference. The output is deterministic: rerunning it gives the same files.
##
## What it writes (all numbers with 17 significant digits, NA as NA):
##   input_population_*.csv      the series with the population column used for populationOffset = TRUE
##   input_missing_*.csv         agona with eight counts set to NA (missing counts)
##   farrington_cases.csv        one row per ff_*.csv: input, date or index epochs, range, and every control option
##                               of farringtonFlexible by its R name (limit54 as limit54Cases, limit54Weeks)
##   ff_*.csv                    farringtonFlexible per week: upperbound, expected, mu0Vector, phi, trendCoef, pvalue,
##                               score, alarm (the columns of r_anchor.R without the date)
##   ears_cases.csv, ears_*.csv  earsC C1, C2, C3 with baseline, minSigma and alpha given
##   glrnb_charts.csv            the algo.glrnb charts (alpha, theta, c.ARL, M, Mtilde) computed for every glrnb_*.csv
##   glrnb_*.csv                 per week the in-control mean mu0 and each chart's statistic and alarm (ret = "value")
suppressMessages(library(surveillance))
options(warn = 1)
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../shared/reference/stats"
outdir <- if (length(args) >= 2) args[2] else "stats/src/test/resources/r-reference"
stopifnot(packageVersion("surveillance") == "1.20.3")
cat("R ", R.version$major, ".", R.version$minor, ", surveillance ", as.character(packageVersion("surveillance")),
    "\n", sep = "")
dir.create(outdir, showWarnings = FALSE, recursive = TRUE)

## ------------------------------------------------------------------ helpers
num17 <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

write17 <- function(df, name) {
  for (col in names(df)) {
    if (is.double(df[[col]])) df[[col]] <- num17(df[[col]])
  }
  write.csv(df, file.path(outdir, name), row.names = FALSE, quote = FALSE)
}

## ------------------------------------------------------------------ input series (r_anchor.R wrote them)
agonaIn <- read.csv(file.path(shared, "input_salmonella.agona.csv"))
newportIn <- read.csv(file.path(shared, "input_stsNewport.csv"), stringsAsFactors = FALSE)
stopifnot(nrow(agonaIn) == 312, nrow(newportIn) == 773)

## A smooth, deterministic population, whole persons: growth by 80% over the series, quadratic in time so that the
## model's linear trend cannot absorb its logarithm, with a 5% seasonal swing
smoothPopulation <- function(n, base) {
  t <- seq_len(n)
  round(base * (1 + 0.8 * (t / n)^2) * (1 + 0.05 * sin(2 * pi * t / 52)))
}
agonaPop <- smoothPopulation(nrow(agonaIn), 16e6)
newportPop <- smoothPopulation(nrow(newportIn), 82e6)
write17(data.frame(t = agonaIn$t, observed = agonaIn$observed, population = agonaPop),
        "input_population_salmonella.agona.csv")
write17(data.frame(t = newportIn$t, date = newportIn$date, observed = newportIn$observed, population = newportPop),
        "input_population_stsNewport.csv")

## sts objects as r_anchor.R had them: agona index epochs (disProg2sts), Newport Date epochs and index epochs
agona <- sts(observed = agonaIn$observed, frequency = 52, start = c(1990, 1))
agonaP <- sts(observed = agonaIn$observed, frequency = 52, start = c(1990, 1), population = matrix(agonaPop))
newportD <- sts(observed = newportIn$observed, epoch = as.Date(newportIn$date), epochAsDate = TRUE, frequency = 52)
newportDP <- sts(observed = newportIn$observed, epoch = as.Date(newportIn$date), epochAsDate = TRUE, frequency = 52,
                 population = matrix(newportPop))
newportI <- sts(observed = newportIn$observed, frequency = 52, start = c(2000, 1))
newportIP <- sts(observed = newportIn$observed, frequency = 52, start = c(2000, 1), population = matrix(newportPop))
## agona with missing counts (NA) in the reference years and in the monitored weeks
agonaMissing <- agonaIn$observed
agonaMissing[c(60, 113, 165, 200, 217, 250, 287, 300)] <- NA
write17(data.frame(t = agonaIn$t, observed = agonaMissing), "input_missing_salmonella.agona.csv")
agonaM <- sts(observed = agonaMissing, frequency = 52, start = c(1990, 1))
stopifnot(newportD@epochAsDate, !newportI@epochAsDate, all(population(agonaP) == agonaPop))

rA <- 264:312            # every monitorable week of agona with b = 5, w = 3
rN <- 722:773            # the last 52 weeks of Newport

## ------------------------------------------------------------------ farringtonFlexible
## r_anchor.R's con.noufaily and con.farrington, every option written out
con.noufaily <- list(b = 5, w = 3, reweight = TRUE, weightsThreshold = 2.58, pastWeeksNotIncluded = 26,
                     noPeriods = 10, trend = TRUE, pThresholdTrend = 0.05, powertrans = "2/3",
                     thresholdMethod = "nbPlugin", alpha = 0.005, limit54 = c(5, 4), populationOffset = FALSE,
                     glmWarnings = FALSE)
con.farrington <- modifyList(con.noufaily, list(weightsThreshold = 1, pastWeeksNotIncluded = 3, noPeriods = 1,
                                                thresholdMethod = "delta"))
nolimit <- list(limit54 = c(0, 4))

ffCases <- list()
run_ff <- function(name, x, input, range, base, change) {
  control <- modifyList(base, change)
  control$range <- range
  res <- farringtonFlexible(x, control = control)
  ctl <- res@control
  tab <- data.frame(
    t = range,
    observed = as.vector(observed(x)[range, 1]),
    upperbound = as.vector(upperbound(res)[, 1]),
    expected = as.vector(ctl$expected[, 1]),
    mu0Vector = as.vector(ctl$mu0Vector[, 1]),
    phi = as.vector(ctl$phiVector[, 1]),
    trendCoef = as.vector(ctl$trendVector[, 1]),
    pvalue = as.vector(ctl$pvalue[, 1]),
    score = as.vector(ctl$score[, 1]),
    alarm = as.integer(alarms(res)[, 1]))
  file <- paste0("ff_", name, ".csv")
  write17(tab, file)
  pw <- control$pastWeeksNotIncluded
  ffCases[[length(ffCases) + 1]] <<- data.frame(
    file = file, input = input, dates = x@epochAsDate, from = min(range), to = max(range),
    b = control$b, w = control$w, reweight = control$reweight, weightsThreshold = control$weightsThreshold,
    pastWeeksNotIncluded = if (is.null(pw)) "NULL" else as.character(pw), noPeriods = control$noPeriods,
    trend = control$trend, pThresholdTrend = control$pThresholdTrend, powertrans = control$powertrans,
    thresholdMethod = control$thresholdMethod, alpha = control$alpha, limit54Cases = control$limit54[1],
    limit54Weeks = control$limit54[2], populationOffset = control$populationOffset)
  cat(sprintf("%-40s %3d rows, %2d alarms, %3d NA upperbounds, %3d with trend\n", file, nrow(tab),
              sum(tab$alarm, na.rm = TRUE), sum(is.na(tab$upperbound)), sum(!is.na(tab$trendCoef))))
}
AG <- "stats/input_salmonella.agona.csv"
NP <- "stats/input_stsNewport.csv"
AGP <- "r-reference/input_population_salmonella.agona.csv"
NPP <- "r-reference/input_population_stsNewport.csv"

## populationOffset = TRUE
run_ff("pop_noufaily_agona", agonaP, AGP, rA, con.noufaily, c(nolimit, populationOffset = TRUE))
run_ff("pop_orig_agona", agonaP, AGP, rA, con.farrington, c(nolimit, populationOffset = TRUE))
run_ff("pop_noufaily_newport_index", newportIP, NPP, rN, con.noufaily, c(nolimit, populationOffset = TRUE))
run_ff("pop_orig_newport_dates", newportDP, NPP, rN, con.farrington, c(nolimit, populationOffset = TRUE))
## reweight = FALSE
run_ff("noreweight_noufaily_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, reweight = FALSE))
run_ff("noreweight_orig_agona", agona, AG, rA, con.farrington, c(nolimit, reweight = FALSE))
## powertrans "1/2" and "none" with delta
run_ff("half_orig_newport_index", newportI, NP, rN, con.farrington, c(nolimit, powertrans = "1/2"))
run_ff("half_orig_agona", agona, AG, rA, con.farrington, c(nolimit, powertrans = "1/2"))
run_ff("none_orig_newport_index", newportI, NP, rN, con.farrington, c(nolimit, powertrans = "none"))
run_ff("none_orig_agona", agona, AG, rA, con.farrington, c(nolimit, powertrans = "none"))
run_ff("half_delta_noufaily_newport_dates", newportD, NP, rN, con.noufaily,
       c(nolimit, thresholdMethod = "delta", powertrans = "1/2"))
## threshold methods with the other kind of seasonality
run_ff("nbplugin_orig_newport_index", newportI, NP, rN, con.farrington, c(nolimit, thresholdMethod = "nbPlugin"))
run_ff("muan_orig_agona", agona, AG, rA, con.farrington, c(nolimit, thresholdMethod = "muan"))
run_ff("delta_noufaily_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, thresholdMethod = "delta"))
run_ff("muan_noufaily_agona", agona, AG, rA, con.noufaily, list(thresholdMethod = "muan"))
## pastWeeksNotIncluded other than the defaults
run_ff("pw0_orig_newport_index", newportI, NP, rN, con.farrington, c(nolimit, pastWeeksNotIncluded = 0))
run_ff("pw8_noufaily_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, pastWeeksNotIncluded = 8))
run_ff("pwNULL_noufaily_agona", agona, AG, rA, con.noufaily, c(nolimit, list(pastWeeksNotIncluded = NULL)))
## noPeriods other than 1 and 10, with the trend
run_ff("p4_trend_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, noPeriods = 4, pThresholdTrend = 1))
run_ff("p2_trend_delta_agona", agona, AG, rA, con.noufaily,
       c(nolimit, noPeriods = 2, pThresholdTrend = 1, thresholdMethod = "delta"))
run_ff("p10_notrend_newport_dates", newportD, NP, rN, con.noufaily, c(nolimit, trend = FALSE))
## limit54 other values
run_ff("limit32_noufaily_agona", agona, AG, rA, con.noufaily, list(limit54 = c(3, 2)))
run_ff("limit106_orig_newport_index", newportI, NP, rN, con.farrington, list(limit54 = c(10, 6)))
run_ff("limit11_noufaily_newport_dates", newportD, NP, rN, con.noufaily, list(limit54 = c(1, 1)))
## alpha other values
run_ff("alpha01_noufaily_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, alpha = 0.01))
run_ff("alpha05_orig_agona", agona, AG, rA, con.farrington, c(nolimit, alpha = 0.05))
run_ff("alpha001_muan_newport_index", newportI, NP, rN, con.noufaily,
       c(nolimit, alpha = 0.001, thresholdMethod = "muan"))
## b and w other than 5 and 3 (b = 2: the trend is never kept)
run_ff("b3w2_noufaily_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, b = 3, w = 2))
run_ff("b2w1_orig_agona", agona, AG, rA, con.farrington, c(nolimit, b = 2, w = 1))
## more combinations: dates with other seasonality and exclusions, b = 1, another weights threshold, missing counts
run_ff("pop_noufaily_newport_dates", newportDP, NPP, rN, con.noufaily, c(nolimit, populationOffset = TRUE))
run_ff("p4_pw0_newport_dates", newportD, NP, rN, con.noufaily, c(nolimit, noPeriods = 4, pastWeeksNotIncluded = 0))
run_ff("b3w2_orig_newport_dates", newportD, NP, rN, con.farrington, c(nolimit, b = 3, w = 2))
run_ff("b1_orig_agona", agona, AG, rA, con.farrington, c(nolimit, b = 1))
run_ff("wt1.5_noufaily_newport_index", newportI, NP, rN, con.noufaily, c(nolimit, weightsThreshold = 1.5))
AGM <- "r-reference/input_missing_salmonella.agona.csv"
run_ff("missing_noufaily_agona", agonaM, AGM, rA, con.noufaily, nolimit)
run_ff("missing_orig_agona", agonaM, AGM, rA, con.farrington, list())
write.csv(do.call(rbind, ffCases), file.path(outdir, "farrington_cases.csv"), row.names = FALSE, quote = FALSE)

## ------------------------------------------------------------------ earsC with baseline, minSigma and alpha given
earsCases <- list()
run_ears <- function(name, x, input, range, baseline, minSigma, alpha) {
  tab <- data.frame(t = range, observed = as.vector(observed(x)[range, 1]))
  for (m in c("C1", "C2", "C3")) {
    r <- earsC(x, control = list(method = m, range = range, baseline = baseline, minSigma = minSigma, alpha = alpha))
    tab[[paste0(m, "_upperbound")]] <- as.vector(upperbound(r))
    tab[[paste0(m, "_alarm")]] <- as.integer(alarms(r))
  }
  file <- paste0("ears_", name, ".csv")
  write17(tab, file)
  earsCases[[length(earsCases) + 1]] <<- data.frame(file = file, input = input, baseline = baseline,
                                                    minSigma = minSigma, alpha = alpha)
  cat(sprintf("%-40s %3d rows, alarms C1/C2/C3 %d/%d/%d\n", file, nrow(tab), sum(tab$C1_alarm),
              sum(tab$C2_alarm), sum(tab$C3_alarm)))
}
run_ears("minsigma1_alpha01_agona", agona, AG, rA, 7, 1, 0.01)
run_ears("minsigma2.5_alpha05_agona", agona, AG, rA, 7, 2.5, 0.05)
run_ears("minsigma3_alpha005_newport", newportI, NP, rN, 7, 3, 0.005)
run_ears("baseline10_alpha05_newport", newportI, NP, rN, 10, 0, 0.05)
run_ears("baseline4_minsigma0.5_alpha02_agona", agona, AG, 15:312, 4, 0.5, 0.02)
run_ears("baseline3_minsigma0.2_alpha1_newport", newportI, NP, rN, 3, 0.2, 0.1)
## missing counts: R gives an NA upper bound when the reference window has one, and an NA alarm at a missing count
run_ears("missing_minsigma1_alpha01_agona", agonaM, AGM, rA, 7, 1, 0.01)
write.csv(do.call(rbind, earsCases), file.path(outdir, "ears_cases.csv"), row.names = FALSE, quote = FALSE)

## ------------------------------------------------------------------ algo.glrnb: Poisson and per-time mu0
charts <- data.frame(
  chart = c("poisLr", "poisGlr", "poisGlrM20", "nbLr", "nbGlr", "nbGlrM20",
            "poisLrLow", "poisGlrLow", "nbGlrLow", "poisGlrM20Mt3", "nbGlrM20Mt3"),
  alpha = c(0, 0, 0, 0.3, 0.3, 0.3, 0, 0, 0.3, 0, 0.3),
  theta = c(log(1.5), NA, NA, log(1.5), NA, NA, log(2), NA, NA, NA, NA),
  cARL = c(4, 5, 5, 4, 3, 3, 1, 1.5, 1, 3, 2),
  M = c(-1, -1, 20, -1, -1, 20, -1, -1, -1, 20, 20),
  Mtilde = c(1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3))
write17(charts, "glrnb_charts.csv")
run_glrnb <- function(name, x, input, range, mu0) {
  disProg <- sts2disProg(x)
  tab <- data.frame(t = range, observed = as.vector(observed(x)[range, 1]), mu0 = mu0)
  for (i in seq_len(nrow(charts))) {
    ch <- charts[i, ]
    control <- list(range = range, mu0 = mu0, alpha = ch$alpha, c.ARL = ch$cARL, M = ch$M, Mtilde = ch$Mtilde,
                    ret = "value")
    if (!is.na(ch$theta)) control$theta <- ch$theta
    r <- algo.glrnb(disProg, control = control)
    tab[[paste0(ch$chart, "_stat")]] <- as.vector(r$upperbound)
    tab[[paste0(ch$chart, "_alarm")]] <- as.integer(r$alarm)
  }
  file <- paste0("glrnb_", name, ".csv")
  write17(tab, file)
  cat(sprintf("%-40s %3d rows, alarms %s\n", file, nrow(tab),
              paste(sapply(charts$chart, function(ch) sum(tab[[paste0(ch, "_alarm")]])), collapse = "/")))
}
## mu0 per time point: the mean of the same week in the 5 years before (index epochs), a seasonal baseline
sameWeekMean <- function(y, range) sapply(range, function(k) mean(y[k - 52 * (1:5)]))
run_glrnb("constant_agona", agona, AG, rA, rep(mean(agonaIn$observed[1:263]), length(rA)))
run_glrnb("seasonal_agona", agona, AG, rA, sameWeekMean(agonaIn$observed, rA))
run_glrnb("seasonal_newport", newportI, NP, rN, sameWeekMean(newportIn$observed, rN))
cat("done\n")
