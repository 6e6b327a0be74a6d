## farrington_timing.R -- R's own time for farringtonFlexible on the 100 simulated series of
## r_anchor.R (section "(b) timing"), to compare with bench/run FarringtonPerSeriesWeek.
## Usage: Rscript bench/r/farrington_timing.R [REPETITIONS=1] [INPUT_SIM100=../shared/reference/stats/input_sim100.csv]
## Writes nothing; the series are re-made with r_anchor.R's seed and checked against input_sim100.csv (the file the
## Java benchmark reads), so both sides time the same 100 x 52 fits. Needs the Debian package r-cran-surveillance.
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args) >= 1) as.integer(args[1]) else 1L
input <- if (length(args) >= 2) args[2] else "../shared/reference/stats/input_sim100.csv"
cat(sprintf("%s, surveillance %s, %s\n", R.version.string, as.character(packageVersion("surveillance")),
            format(Sys.time(), "%Y-%m-%d %H:%M:%S %Z")))

## the options of r_anchor.R
con.noufaily <- list(noPeriods = 10, populationOffset = FALSE, fitFun = "algo.farrington.fitGLM.flexible",
                     b = 5, w = 3, weightsThreshold = 2.58, pastWeeksNotIncluded = 26,
                     glmWarnings = FALSE, alpha = 0.005, trend = TRUE, powertrans = "2/3",
                     thresholdMethod = "nbPlugin", limit54 = c(5, 4))
con.farrington <- list(noPeriods = 1, populationOffset = FALSE, b = 5, w = 3, weightsThreshold = 1,
                       pastWeeksNotIncluded = 3, glmWarnings = FALSE, alpha = 0.005, trend = TRUE,
                       pThresholdTrend = 0.05, powertrans = "2/3", thresholdMethod = "delta", limit54 = c(5, 4))

## the series of r_anchor.R, same seed and draws
set.seed(20130401)
nW <- 624; nS <- 100
theta <- c(0.1, -2, 1.5, 0.5, 2.5, 3.75, 5)
beta  <- c(0.0025, 0.005, 0.003, 0.002, 0.001, 0.001, 0.0001)
g1    <- c(0.6, 0.1, 0.2, 0.5, 1, 0.1, 0.05)
g2    <- c(0.6, 0.3, -0.4, 0.5, 0.1, -0.1, 0.01)
phi   <- c(1.5, 2, 1, 5, 3, 1.1, 1.2)
tt <- 1:nW
Y <- sapply(1:nS, function(i) {
  k <- (i - 1) %% 7 + 1
  mu <- exp(theta[k] + beta[k] * tt + g1[k] * cos(2 * pi * tt / 52) + g2[k] * sin(2 * pi * tt / 52))
  if (phi[k] == 1) rpois(nW, mu) else rnbinom(nW, size = mu / (phi[k] - 1), prob = 1 / phi[k])
})
if (file.exists(input)) {
  same <- all(as.matrix(read.csv(input)) == Y)
  cat(sprintf("series identical to %s: %s\n", input, same))
} else cat(sprintf("(%s not found; series not checked)\n", input))
simSts <- sts(observed = Y, frequency = 52, start = c(2000, 1))
rT <- (nW - 51):nW
fits <- nS * length(rT)

## elapsed and CPU (user + system) time: on a shared, busy machine the CPU time is the fairer figure
time1 <- function(label, expr) {
  st <- system.time(expr)
  s <- st[["elapsed"]]; cpu <- st[["user.self"]] + st[["sys.self"]]
  cat(sprintf("TIMING %-40s %7.2f s elapsed %8.4f ms per series-week; CPU %7.2f s %8.4f ms per series-week\n",
              label, s, 1000 * s / fits, cpu, 1000 * cpu / fits))
  c(s, cpu)
}
res <- data.frame()
for (r in seq_len(reps)) {
  a <- time1("farringtonFlexible, Noufaily settings",
             farringtonFlexible(simSts, control = modifyList(con.noufaily, list(range = rT))))
  b <- time1("farringtonFlexible, original settings",
             farringtonFlexible(simSts, control = modifyList(con.farrington, list(range = rT))))
  e <- time1("earsC C1+C2+C3",
             for (m in c("C1", "C2", "C3")) earsC(simSts, control = list(method = m, range = rT)))
  res <- rbind(res, data.frame(improved = a[1], original = b[1], ears = e[1],
                               improvedCpu = a[2], originalCpu = b[2], earsCpu = e[2]))
}
for (col in names(res))
  cat(sprintf("MEDIAN of %d %-12s %8.2f s  %8.4f ms per series-week\n", reps, col, median(res[[col]]),
              1000 * median(res[[col]]) / fits))
cat(sprintf("load average at the end: %s\n", paste(readLines("/proc/loadavg"), collapse = " ")))
