# Reference outputs for Signaal's log-linear capture-recapture (stats/.../estimate), made with base R's glm.
# Run from this folder: Rscript make_references.R  (R 4.2; only the stats package is used)
#
# For each table of capture histories (table_<name>.csv: one 0/1 column per list, then count) it writes
# ref_<name>.csv: every hierarchical model up to two-way interactions, fitted by
#   glm(count ~ <formula>, family = poisson) over the observed cells,
# with its deviance, residual df, AIC, BIC, intercept, N = n + exp(intercept), and the 95% profile likelihood
# interval of Cormack (1992): the same model fitted to the complete table with z people in the cell seen by no list;
# the bounds are the z where that deviance exceeds the observed cells' deviance by qchisq(0.95, 1), found by uniroot.
# A model whose coefficients are not all estimable (NA in R) is written with status "rank_deficient". Where empty
# cells are fitted at the boundary (fitted values below 1e-6) the column "determined" says whether the other cells still
# fix the intercept; if not, R's N is wherever its iterations stopped, and no interval is computed.

options(digits = 17)

profile_bounds <- function(formula, complete, n, unseen, deviance) {
  target <- deviance + qchisq(0.95, 1)
  excess <- function(z) {
    complete$count[1] <- z
    fit <- suppressWarnings(glm(formula, family = poisson, data = complete,
                                control = glm.control(epsilon = 1e-14, maxit = 200)))
    deviance(fit) - target
  }
  low <- if (excess(0) <= 0) 0 else uniroot(excess, c(0, unseen), tol = 1e-10)$root
  upper <- max(2 * unseen, unseen + 10)
  while (excess(upper) < 0) {
    upper <- upper * 4
    if (upper > 1e6 * max(unseen, 1)) return(c(n + low, Inf))
  }
  high <- uniroot(excess, c(unseen, upper), tol = 1e-10)$root
  c(n + low, n + high)
}

references <- function(name) {
  observed <- read.csv(paste0("table_", name, ".csv"))
  lists <- setdiff(names(observed), "count")
  k <- length(lists)
  # every history, the unseen one first; the observed counts where the table has them
  grid <- as.data.frame(as.matrix(expand.grid(rep(list(0:1), k)))[, k:1, drop = FALSE])
  names(grid) <- lists
  grid <- grid[order(apply(grid, 1, function(r) sum(r * 2^((k - 1):0)))), , drop = FALSE]
  key <- function(d) apply(d[, lists, drop = FALSE], 1, paste, collapse = "")
  grid$count <- 0
  grid$count[match(key(observed), key(grid))] <- observed$count
  cells <- grid[-1, ]
  n <- sum(cells$count)
  pairs <- if (k > 1) combn(lists, 2, simplify = FALSE) else list()
  rows <- list()
  for (subset in 0:(2^length(pairs) - 1)) {
    chosen <- pairs[bitwAnd(subset, 2^(seq_along(pairs) - 1)) > 0]
    terms <- c(lists, vapply(chosen, paste, "", collapse = ":"))
    model <- paste(terms, collapse = "+")
    formula <- as.formula(paste("count ~", model))
    fit <- suppressWarnings(glm(formula, family = poisson, data = cells))
    if (any(is.na(coef(fit)))) {
      rows[[length(rows) + 1]] <- data.frame(model = model, status = "rank_deficient", determined = NA,
        deviance = NA, df = NA,
        aic = NA, bic = NA, intercept = NA, n_observed = n, estimate = NA, ci_low = NA, ci_high = NA)
      next
    }
    unseen <- exp(coef(fit)[[1]])
    # empty cells fitted at the boundary take coefficients to -Inf; is the intercept still fixed by the other cells?
    vanished <- cells$count == 0 & fitted(fit) < 1e-6
    X <- model.matrix(fit)[!vanished, , drop = FALSE]
    determined <- qr(X)$rank == qr(rbind(X, c(1, rep(0, ncol(X) - 1))))$rank
    bounds <- if (is.finite(unseen) && unseen < 1e6 * n && determined)
      profile_bounds(formula, grid, n, unseen, deviance(fit)) else c(NA, NA)
    rows[[length(rows) + 1]] <- data.frame(model = model, status = if (fit$converged) "converged" else "not_converged",
      determined = determined,
      deviance = deviance(fit), df = df.residual(fit), aic = AIC(fit), bic = BIC(fit),
      intercept = coef(fit)[[1]], n_observed = n, estimate = n + unseen, ci_low = bounds[1], ci_high = bounds[2])
  }
  write.csv(do.call(rbind, rows), paste0("ref_", name, ".csv"), row.names = FALSE)
}

# a five-list table simulated once: 2,000 people, capture probabilities 0.30, 0.25, 0.20, 0.15, 0.10, and the second
# list more likely to see those the first saw (a positive dependence, as between treatment and low-threshold care)
set.seed(20261128)
N <- 2000
A <- rbinom(N, 1, 0.30)
B <- rbinom(N, 1, ifelse(A == 1, 0.45, 0.17))
C <- rbinom(N, 1, 0.20)
D <- rbinom(N, 1, 0.15)
E <- rbinom(N, 1, 0.10)
people <- data.frame(A, B, C, D, E)
people <- people[rowSums(people) > 0, ]
five <- aggregate(list(count = rep(1, nrow(people))), people, sum)
write.csv(five, "table_five.csv", row.names = FALSE)

for (name in c("three", "four", "two", "empty_overlap", "five")) references(name)

# Derived estimates (ref_derived.csv), from the formulas in docs/estimates.md written out here in R:
z <- qnorm(0.975)
chapman <- function(n10, n01, n11) {
  n1 <- n10 + n11; n2 <- n01 + n11; m <- n11; n <- n10 + n01 + n11
  N <- (n1 + 1) * (n2 + 1) / (m + 1) - 1                                   # Chapman (1951)
  v <- (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1)^2 * (m + 2))  # Seber (1970)
  f0 <- N - n
  C <- exp(z * sqrt(log(1 + v / f0^2)))                                     # Chao (1987)
  c(N, n + f0 / C, n + f0 * C)
}
average <- function(name) {                                                 # Buckland, Burnham & Augustin (1997)
  r <- read.csv(paste0("ref_", name, ".csv"))
  r <- r[r$status == "converged" & r$estimate - r$n_observed < 1e6 * r$n_observed, ]
  w <- exp(-(r$aic - min(r$aic)) / 2); w <- w / sum(w)
  N <- sum(w * r$estimate)
  se_i <- (r$ci_high - r$ci_low) / (2 * z)
  se <- sum(w * sqrt(se_i^2 + (r$estimate - N)^2))
  c(N, max(r$n_observed[1], N - z * se), N + z * se)
}
multiplier <- function(B, M, low, high) {                                   # delta method on the log scale
  se <- sqrt(((log(high) - log(low)) / (2 * z))^2 + 1 / B)
  c(B * M, B * M * exp(-z * se), B * M * exp(z * se))
}
three <- average("three"); four <- average("four")
se3 <- (three[3] - three[2]) / (2 * z); se4 <- (four[3] - four[2]) / (2 * z)
strata <- c(three[1] + four[1], max(659 + 2069, three[1] + four[1] - z * sqrt(se3^2 + se4^2)),
            three[1] + four[1] + z * sqrt(se3^2 + se4^2))
derived <- rbind(
  data.frame(what = "chapman_two", t(setNames(chapman(120, 80, 30), c("estimate", "low", "high")))),
  data.frame(what = "chapman_no_overlap", t(setNames(chapman(50, 40, 0), c("estimate", "low", "high")))),
  data.frame(what = "average_three", t(setNames(three, c("estimate", "low", "high")))),
  data.frame(what = "average_four", t(setNames(four, c("estimate", "low", "high")))),
  data.frame(what = "strata_three_four", t(setNames(strata, c("estimate", "low", "high")))),
  data.frame(what = "multiplier_850_4.2_2.9_6.1", t(setNames(multiplier(850, 4.2, 2.9, 6.1), c("estimate", "low", "high")))))
write.csv(derived, "ref_derived.csv", row.names = FALSE)
